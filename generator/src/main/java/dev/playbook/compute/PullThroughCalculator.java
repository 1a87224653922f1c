package dev.playbook.compute;

import dev.playbook.model.ContentKind;
import dev.playbook.model.Playbook;
import dev.playbook.model.MapNode;
import dev.playbook.model.Node;
import dev.playbook.model.PullThrough;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works the pull-through model backwards: deals = revenue target / deal size; entries into the stage
 * where the win rate starts = deals / win rate; each earlier funnel stage needs next / its rate;
 * pipeline = win-stage entries x deal size, so coverage = 1 / win rate. Activities follow from entries
 * into the stage they feed. Inputs are read from a schema-valid pull-through document; a model whose
 * numbers cannot be worked (missing or zero) yields empty.
 */
public final class PullThroughCalculator {

    public static final double DEFAULT_COVERAGE_MIN = 3;
    public static final double DEFAULT_COVERAGE_MAX = 4;

    /** The playbook's pull-through model worked out, when it has one whose inputs can be divided by. */
    public Optional<PullThrough> compute(Playbook playbook) {
        return playbook.firstOfKind(ContentKind.PULL_THROUGH).flatMap(document -> compute(document.data()));
    }

    public Optional<PullThrough> compute(MapNode model) {
        Optional<Double> target = model.number("revenue_target");
        Optional<Double> dealSize = model.number("average_deal_size");
        Optional<Double> winRate = model.number("win_rate");
        Optional<String> winStage = model.text("win_rate_from");
        double weeks = model.number("selling_weeks").orElse(52.0);
        if (target.isEmpty() || dealSize.isEmpty() || winRate.isEmpty() || winStage.isEmpty()
                || !positive(target.get()) || !positive(dealSize.get()) || !positive(winRate.get()) || !positive(weeks)) {
            return Optional.empty();
        }
        double deals = target.get() / dealSize.get();
        double winEntries = deals / winRate.get();
        PullThrough.StageVolume win = new PullThrough.StageVolume(winStage.get(), winRate.get(), winEntries);

        List<MapNode> steps = model.maps("funnel");
        List<PullThrough.StageVolume> funnel = new ArrayList<>();
        double next = winEntries;
        for (int i = steps.size() - 1; i >= 0; i--) {
            MapNode step = steps.get(i);
            double rate = step.number("conversion_rate").orElse(0.0);
            if (!positive(rate)) {
                return Optional.empty();
            }
            next = next / rate;
            funnel.add(0, new PullThrough.StageVolume(step.text("stage").orElse(""), rate, next));
        }
        funnel.add(win);

        Map<String, Double> entriesByStage = new HashMap<>();
        funnel.forEach(s -> entriesByStage.put(s.stage(), s.entriesPerYear()));
        List<PullThrough.ActivityVolume> activities = new ArrayList<>();
        for (MapNode activity : model.maps("activities")) {
            String stage = activity.text("per_stage").orElse("");
            double ratio = activity.number("ratio").orElse(0.0);
            double perYear = entriesByStage.getOrDefault(stage, 0.0) * ratio;
            activities.add(new PullThrough.ActivityVolume(activity.text("metric").orElse(""), stage, ratio, perYear));
        }

        List<Node> range = model.list("coverage_range");
        double min = range.size() == 2 ? number(range.get(0), DEFAULT_COVERAGE_MIN) : DEFAULT_COVERAGE_MIN;
        double max = range.size() == 2 ? number(range.get(1), DEFAULT_COVERAGE_MAX) : DEFAULT_COVERAGE_MAX;
        double pipeline = winEntries * dealSize.get();
        return Optional.of(new PullThrough(deals, weeks, win, funnel, pipeline, pipeline / target.get(), min, max, activities));
    }

    /** Only finite, positive numbers can be divided by; the schema and the rules report the others. */
    private static boolean positive(double value) {
        return Double.isFinite(value) && value > 0;
    }

    private static double number(Node node, double fallback) {
        return node instanceof dev.playbook.model.ScalarNode s && s.value() instanceof Number n ? n.doubleValue() : fallback;
    }

}
