package dev.playbook.diff;

import dev.playbook.model.ChangeSet.Change;
import dev.playbook.model.ChangeSet.Type;
import dev.playbook.model.PullThrough;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the pull-through model works out, compared between versions: a changed conversion rate moves every
 * figure a rep is measured on, and those moves are what a rep needs to read ("weekly discovery calls:
 * 9 → 10", "pipeline needed: $3.2M → $3.5M"). Figures are compared as they read, so rounding noise is no change.
 */
final class PullThroughChanges {

    private PullThroughChanges() {
    }

    static void compare(Optional<PullThrough> before, Optional<PullThrough> after, String currency, Function<String, String> names,
                        String page, List<Change> changes) {
        Map<String, String> old = before.map(model -> figures(model, currency, names)).orElse(Map.of());
        Map<String, String> now = after.map(model -> figures(model, currency, names)).orElse(Map.of());
        now.forEach((subject, value) -> {
            String previous = old.get(subject);
            if (previous == null) {
                changes.add(new Change(Wordings.RESULTS, Type.ADDED, subject, null, value, page, Wordings.RESULT));
            } else if (!previous.equals(value)) {
                changes.add(new Change(Wordings.RESULTS, Type.CHANGED, subject, previous, value, page, Wordings.RESULT));
            }
        });
        old.forEach((subject, value) -> {
            if (!now.containsKey(subject)) {
                changes.add(new Change(Wordings.RESULTS, Type.REMOVED, subject, value, null, page, Wordings.RESULT));
            }
        });
    }

    /** Every figure the model's page shows, by what a reader calls it. */
    private static Map<String, String> figures(PullThrough model, String currency, Function<String, String> names) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("deals per year", Figures.number(model.dealsPerYear()));
        figures.put("pipeline needed", Figures.money(model.pipelineNeeded(), currency));
        figures.put("pipeline coverage", Figures.number(model.coverage()) + "×");
        for (PullThrough.StageVolume stage : model.funnel()) {
            figures.put(names.apply(stage.stage()) + " entries per week", Figures.number(model.perWeek(stage.entriesPerYear())));
        }
        for (PullThrough.ActivityVolume activity : model.activities()) {
            figures.put("weekly " + names.apply(activity.metric()), Figures.number(model.perWeek(activity.perYear())));
        }
        return figures;
    }
}
