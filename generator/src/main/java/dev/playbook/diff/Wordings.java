package dev.playbook.diff;

import dev.playbook.model.ChangeSet.Unit;
import dev.playbook.model.ContentKind;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The words of their own that changes to what reps are measured on get: targets, pull-through inputs,
 * compensation, hiring weights, qualification criteria, lead SLAs, scenarios, stages. A field no wording
 * matches is shown by its path ({@link ModelDiff}), so this table only makes rows read better; it never
 * decides whether a change is shown.
 */
final class Wordings {

    /** How one kind of field reads: its area, what it counts as, its subject, and how its values read. */
    record Wording(ContentKind kind, String pattern, String area, Unit unit, BiFunction<FieldChange, Labels, String> subject,
                   Format format) {

        boolean matches(ContentKind of, FieldChange change) {
            if (kind != null && kind != of) {
                return false;
            }
            String path = change.pattern();
            if (pattern.endsWith(".**")) {
                String prefix = pattern.substring(0, pattern.length() - 3);
                return path.startsWith(prefix + ".") || path.startsWith(prefix + "[");
            }
            return path.equals(pattern);
        }
    }

    /** How a value reads: as it is, as a rate, as money, as a base/variable split. */
    enum Format { PLAIN, PERCENT, MONEY, SPLIT, DAYS }

    /** Names for ids (roles, stages, metrics), so that "ae" reads "Account executive". */
    interface Labels extends Function<String, String> {
    }

    static final Unit TARGET = Unit.of("target", "targets");
    static final Unit INPUT = Unit.of("pull-through input", "pull-through inputs");
    static final Unit RESULT = Unit.of("pull-through result", "pull-through results");
    static final Unit COMPENSATION = Unit.of("compensation change", "compensation changes");
    static final Unit FIELD = Unit.of("field", "fields");

    static final String TARGETS = "Targets";
    static final String RESULTS = "Pull-through results";

    private static final List<Wording> ALL = List.of(
            // reviews and owners of any page
            w(null, "last_reviewed", "Reviews", new Unit("review", "reviews", "recorded"), (c, l) -> "last reviewed", Format.PLAIN),
            w(null, "owner", "Page owners", Unit.of("page owner", "page owners"), (c, l) -> "owner", Format.PLAIN),
            // sales process
            w(ContentKind.SALES_PROCESS, "stages[*].conversion_rate", TARGETS, TARGET, (c, l) -> item(c, l) + " conversion rate", Format.PERCENT),
            w(ContentKind.SALES_PROCESS, "stages[*].target_days", TARGETS, TARGET, (c, l) -> item(c, l) + " target days", Format.DAYS),
            w(ContentKind.SALES_PROCESS, "stages[*]", "Pipeline stages", Unit.of("stage", "stages"), Wordings::item, Format.PLAIN),
            w(ContentKind.SALES_PROCESS, "stages[*].owner", "Stage owners", Unit.of("stage owner", "stage owners"), Wordings::item, Format.PLAIN),
            w(ContentKind.SALES_PROCESS, "stages[*].definition", "Stage definitions", Unit.of("stage definition", "stage definitions"),
                    Wordings::item, Format.PLAIN),
            w(ContentKind.SALES_PROCESS, "stages[*].exit_criteria", "Exit criteria", Unit.of("exit criterion", "exit criteria"),
                    Wordings::item, Format.PLAIN),
            w(ContentKind.SALES_PROCESS, "stages[*].buyer_outcomes", "Buyer-verifiable outcomes",
                    Unit.of("buyer-verifiable outcome", "buyer-verifiable outcomes"), Wordings::item, Format.PLAIN),
            // metrics
            w(ContentKind.METRICS, "metrics[*].target", TARGETS, TARGET, (c, l) -> item(c, l) + " target", Format.PLAIN),
            w(ContentKind.METRICS, "metrics[*]", "Metrics", Unit.of("metric", "metrics"), Wordings::item, Format.PLAIN),
            // pull-through inputs (its results are worked out and compared by PullThroughChanges)
            w(ContentKind.PULL_THROUGH, "revenue_target", "Pull-through inputs", INPUT, (c, l) -> "revenue target", Format.MONEY),
            w(ContentKind.PULL_THROUGH, "average_deal_size", "Pull-through inputs", INPUT, (c, l) -> "average deal size", Format.MONEY),
            w(ContentKind.PULL_THROUGH, "win_rate", "Pull-through inputs", INPUT, (c, l) -> "win rate", Format.PERCENT),
            w(ContentKind.PULL_THROUGH, "win_rate_from", "Pull-through inputs", INPUT, (c, l) -> "win rate counted from", Format.PLAIN),
            w(ContentKind.PULL_THROUGH, "selling_weeks", "Pull-through inputs", INPUT, (c, l) -> "selling weeks", Format.PLAIN),
            w(ContentKind.PULL_THROUGH, "coverage_range", "Pull-through inputs", INPUT, (c, l) -> "pipeline coverage range", Format.PLAIN),
            w(ContentKind.PULL_THROUGH, "funnel[*].conversion_rate", "Pull-through inputs", INPUT,
                    (c, l) -> item(c, l) + " conversion rate", Format.PERCENT),
            w(ContentKind.PULL_THROUGH, "funnel[*]", "Pull-through inputs", INPUT, (c, l) -> "funnel stage " + item(c, l), Format.PLAIN),
            w(ContentKind.PULL_THROUGH, "activities[*].ratio", "Pull-through inputs", INPUT,
                    (c, l) -> item(c, l) + " per stage entry", Format.PLAIN),
            w(ContentKind.PULL_THROUGH, "activities[*]", "Pull-through inputs", INPUT, (c, l) -> "activity " + item(c, l), Format.PLAIN),
            // compensation
            w(ContentKind.COMPENSATION, "plans[*]", "Compensation", Unit.of("compensation plan", "compensation plans"),
                    (c, l) -> outer(c, l) + " plan", Format.PLAIN),
            w(ContentKind.COMPENSATION, "plans[*].on_target_earnings", "Compensation", COMPENSATION, (c, l) -> outer(c, l) + " OTE", Format.MONEY),
            w(ContentKind.COMPENSATION, "plans[*].base_share", "Compensation", COMPENSATION,
                    (c, l) -> outer(c, l) + " base/variable split", Format.SPLIT),
            w(ContentKind.COMPENSATION, "plans[*].quota", "Compensation", COMPENSATION, (c, l) -> outer(c, l) + " quota", Format.MONEY),
            w(ContentKind.COMPENSATION, "plans[*].accelerators", "Compensation", COMPENSATION,
                    (c, l) -> outer(c, l) + " accelerators", Format.PLAIN),
            w(ContentKind.COMPENSATION, "plans[*].components[*]", "Compensation", COMPENSATION,
                    (c, l) -> outer(c, l) + " component " + item(c, l), Format.PLAIN),
            w(ContentKind.COMPENSATION, "plans[*].components[*].share", "Compensation", COMPENSATION,
                    (c, l) -> outer(c, l) + " " + item(c, l) + " share of variable pay", Format.PERCENT),
            w(ContentKind.COMPENSATION, "plans[*].components[*].**", "Compensation", COMPENSATION,
                    (c, l) -> outer(c, l) + " " + item(c, l) + " " + last(c), Format.PLAIN),
            w(ContentKind.COMPENSATION, "plans[*].**", "Compensation", COMPENSATION, (c, l) -> outer(c, l) + " " + last(c), Format.PLAIN),
            // hiring
            w(ContentKind.HIRING_FORMULA, "characteristics[*].weight", "Hiring weights", Unit.of("hiring weight", "hiring weights"),
                    (c, l) -> item(c, l) + " weight", Format.PLAIN),
            w(ContentKind.HIRING_FORMULA, "characteristics[*]", "Hiring weights", Unit.of("hiring characteristic", "hiring characteristics"),
                    Wordings::item, Format.PLAIN),
            // qualification
            w(ContentKind.QUALIFICATION, "criteria[*]", "Qualification criteria", Unit.of("qualification criterion", "qualification criteria"),
                    Wordings::item, Format.PLAIN),
            w(ContentKind.QUALIFICATION, "criteria[*].**", "Qualification criteria", Unit.of("qualification criterion", "qualification criteria"),
                    (c, l) -> item(c, l) + " " + last(c), Format.PLAIN),
            // lead management
            w(ContentKind.LEAD_MANAGEMENT, "sla[*]", "Lead SLAs", Unit.of("lead SLA", "lead SLAs"), Wordings::item, Format.PLAIN),
            w(ContentKind.LEAD_MANAGEMENT, "sla[*].**", "Lead SLAs", Unit.of("lead SLA", "lead SLAs"), (c, l) -> item(c, l) + ": " + last(c),
                    Format.PLAIN),
            w(ContentKind.LEAD_MANAGEMENT, "prioritization[*].response_time", "Lead SLAs", Unit.of("lead SLA", "lead SLAs"),
                    (c, l) -> "tier " + item(c, l) + " response time", Format.PLAIN),
            // customer success
            w(ContentKind.CUSTOMER_SUCCESS, "scenarios[*]", "Scenarios", Unit.of("scenario", "scenarios"), Wordings::item, Format.PLAIN),
            w(ContentKind.CUSTOMER_SUCCESS, "scenarios[*].**", "Scenarios", Unit.of("scenario change", "scenario changes"),
                    (c, l) -> item(c, l) + " " + last(c), Format.PLAIN));

    private Wordings() {
    }

    private static Wording w(ContentKind kind, String pattern, String area, Unit unit, BiFunction<FieldChange, Labels, String> subject,
                             Format format) {
        return new Wording(kind, pattern, area, unit, subject, format);
    }

    static Optional<Wording> find(ContentKind kind, FieldChange change) {
        return ALL.stream().filter(w -> w.matches(kind, change)).findFirst();
    }

    /** The areas with a wording, in the order the What changed page shows them (rows of other areas follow). */
    static List<String> areas() {
        List<String> areas = new java.util.ArrayList<>(List.of(TARGETS, RESULTS));
        ALL.forEach(w -> {
            if (!areas.contains(w.area())) {
                areas.add(w.area());
            }
        });
        return areas;
    }

    private static String item(FieldChange change, Labels labels) {
        return change.itemLabel().map(labels).orElse("");
    }

    private static String outer(FieldChange change, Labels labels) {
        return change.outerLabel().map(labels).orElse("");
    }

    /** The last key of the path, in words: "fits_when" reads "fits when". */
    private static String last(FieldChange change) {
        for (int i = change.path().size() - 1; i >= 0; i--) {
            if (!change.path().get(i).item()) {
                return change.path().get(i).key().replace('_', ' ');
            }
        }
        return "";
    }
}
