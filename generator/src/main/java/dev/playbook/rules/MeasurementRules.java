package dev.playbook.rules;

import dev.playbook.model.ContentKind;
import dev.playbook.model.RuleId;
import dev.playbook.model.Catalog;
import dev.playbook.model.MapNode;
import dev.playbook.model.Node;
import dev.playbook.model.PullThrough;
import dev.playbook.model.RuleInfo;
import dev.playbook.model.ScalarNode;
import dev.playbook.model.StructuredDocument;

import java.util.List;
import java.util.Optional;

/** Rules for the sales management playbook: a causal success map, measurable metrics, a sane pull-through. */
final class MeasurementRules {

    private MeasurementRules() {
    }

    static List<Rule> all() {
        return List.of(resultObjectives(), objectiveActivities(), activityInputMetric(), metricComplete(),
                dashboardMetric(), pullThroughRates(), pullThroughCoverage());
    }

    private static Rule resultObjectives() {
        RuleInfo info = RuleInfo.error(RuleId.SUCCESS_MAP_RESULT_OBJECTIVES, "Every result has objectives",
                "A result nobody breaks down into objectives cannot be managed, only hoped for.",
                "%d {result lacks|results lack} objectives");
        return new SimpleRule(info, (context, log) -> {
            for (StructuredDocument map : context.playbook().ofKind(ContentKind.SUCCESS_MAP)) {
                for (MapNode result : map.data().maps("results")) {
                    log.expect(!result.maps("objectives").isEmpty(), result.position(),
                            Items.label("result", result) + " has no objectives", "add \"objectives:\" that lead to this result");
                }
            }
        });
    }

    private static Rule objectiveActivities() {
        RuleInfo info = RuleInfo.error(RuleId.SUCCESS_MAP_OBJECTIVE_ACTIVITIES, "Every objective has activities",
                "Objectives are reached through activities reps control; without them there is nothing to coach.",
                "%d {objective lacks|objectives lack} activities");
        return new SimpleRule(info, (context, log) -> {
            for (StructuredDocument map : context.playbook().ofKind(ContentKind.SUCCESS_MAP)) {
                for (MapNode result : map.data().maps("results")) {
                    for (MapNode objective : result.maps("objectives")) {
                        log.expect(!objective.maps("activities").isEmpty(), objective.position(),
                                Items.label("objective", objective) + " has no activities",
                                "add \"activities:\", the things reps do every week that move this objective");
                    }
                }
            }
        });
    }

    private static Rule activityInputMetric() {
        RuleInfo info = RuleInfo.error(RuleId.SUCCESS_MAP_ACTIVITY_INPUT_METRIC, "Every activity is measured by an input metric",
                "Managing inputs, not outputs, is the point of a success map.",
                "%d {activity lacks|activities lack} an input metric");
        return new SimpleRule(info, (context, log) -> {
            for (StructuredDocument map : context.playbook().ofKind(ContentKind.SUCCESS_MAP)) {
                for (MapNode result : map.data().maps("results")) {
                    for (MapNode objective : result.maps("objectives")) {
                        for (MapNode activity : objective.maps("activities")) {
                            checkActivity(context.catalog(), activity, log);
                        }
                    }
                }
            }
        });
    }

    private static void checkActivity(Catalog catalog, MapNode activity, CheckLog log) {
        Optional<String> metricId = activity.text("metric");
        if (metricId.isEmpty()) {
            log.fail(activity.position(), Items.label("activity", activity) + " names no metric",
                    "add \"metric: <id>\" of an input metric from the metrics catalog");
            return;
        }
        Catalog.Entity metric = catalog.metrics().get(metricId.get());
        if (metric == null) {
            log.pass(activity.position().file()); // the reference check reports the unknown id
            return;
        }
        Node at = activity.get("metric").orElseThrow();
        log.expect(metric.fields().text("type").filter("input"::equals).isPresent(), at.position(),
                Items.label("activity", activity) + " is measured by \"" + metricId.get() + "\", which is an output metric",
                "measure activities by input metrics (type: input): things reps do, not results they get");
    }

    private static Rule metricComplete() {
        RuleInfo info = RuleInfo.error(RuleId.METRICS_COMPLETE, "Every metric has a target, an owner and a cadence",
                "A number nobody owns, with no target and no rhythm of review, changes nothing.",
                "%d {metric lacks|metrics lack} a target, owner or cadence");
        return new SimpleRule(info, (context, log) -> {
            for (StructuredDocument catalog : context.playbook().ofKind(ContentKind.METRICS)) {
                for (MapNode metric : catalog.data().maps("metrics")) {
                    List<String> missing = java.util.stream.Stream.of("target", "owner", "cadence")
                            .filter(key -> !Items.filled(metric, key)).toList();
                    log.expect(missing.isEmpty(), metric.position(),
                            Items.label("metric", metric) + " has no " + String.join(", no ", missing),
                            "add " + missing.stream().map(k -> "\"" + k + ":\"").reduce((a, b) -> a + " and " + b).orElse(""));
                }
            }
        });
    }

    private static Rule dashboardMetric() {
        RuleInfo info = RuleInfo.error(RuleId.DASHBOARD_METRIC_COMPLETE, "Every dashboard metric has a target and an owner",
                "A dashboard row without a target or an owner invites no action.",
                "%d dashboard {row lacks|rows lack} a target or owner");
        return new SimpleRule(info, (context, log) -> {
            for (StructuredDocument reporting : context.playbook().ofKind(ContentKind.REPORTING)) {
                for (MapNode row : reporting.data().maps("dashboard")) {
                    Catalog.Entity metric = row.text("metric").map(context.catalog().metrics()::get).orElse(null);
                    if (metric == null) {
                        log.pass(reporting.path()); // the reference check reports a missing metric
                        continue;
                    }
                    boolean complete = Items.filled(metric.fields(), "target") && Items.filled(metric.fields(), "owner");
                    log.expect(complete, row.position(),
                            "dashboard metric \"" + metric.id() + "\" has no target or no owner in the metrics catalog",
                            "give it \"target:\" and \"owner:\" in " + metric.pagePath());
                }
            }
        });
    }

    private static Rule pullThroughRates() {
        RuleInfo info = RuleInfo.error(RuleId.PULL_THROUGH_RATES, "Pull-through rates lie in (0, 1]",
                "A rate of zero or above one makes the model divide by nothing or promise the impossible.",
                "%d {rate lies|rates lie} outside (0, 1]");
        return new SimpleRule(info, (context, log) -> {
            for (StructuredDocument model : context.playbook().ofKind(ContentKind.PULL_THROUGH)) {
                model.data().get("win_rate").ifPresent(rate -> checkRate("win_rate", rate, log));
                for (MapNode step : model.data().maps("funnel")) {
                    step.get("conversion_rate").ifPresent(rate -> checkRate(
                            "conversion rate of \"" + step.text("stage").orElse("?") + "\"", rate, log));
                }
            }
        });
    }

    private static void checkRate(String what, Node rate, CheckLog log) {
        double value = rate instanceof ScalarNode s && s.value() instanceof Number n ? n.doubleValue() : Double.NaN;
        String shown = rate instanceof ScalarNode scalar ? scalar.text() : "not a number";
        log.expect(value > 0 && value <= 1, rate.position(), what + " is " + shown + ", outside (0, 1]",
                "write rates as fractions: 25% is 0.25");
    }

    private static Rule pullThroughCoverage() {
        RuleInfo info = RuleInfo.warning(RuleId.PULL_THROUGH_COVERAGE, "Computed pipeline coverage is inside the target range",
                "Coverage follows from the win rate; outside the range the plan and the model disagree.",
                "coverage is outside the target range");
        return new SimpleRule(info, (context, log) -> {
            Optional<StructuredDocument> model = context.playbook().firstOfKind(ContentKind.PULL_THROUGH);
            if (model.isEmpty() || context.pullThrough().isEmpty()) {
                return;
            }
            PullThrough computed = context.pullThrough().get();
            Node at = model.get().data().get("win_rate").orElse(model.get().data());
            log.expect(computed.coverageInRange(), at.position(),
                    String.format(java.util.Locale.ROOT, "computed pipeline coverage is %.2fx, outside the %sx-%sx range",
                            computed.coverage(), Items.number(computed.coverageMin()), Items.number(computed.coverageMax())),
                    "coverage is 1 / win rate; revisit the win rate or \"coverage_range\"");
        });
    }

}
