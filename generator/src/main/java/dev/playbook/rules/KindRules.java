package dev.playbook.rules;

import dev.playbook.model.RuleId;
import dev.playbook.model.ContentKind;
import dev.playbook.model.MapNode;
import dev.playbook.model.Node;
import dev.playbook.model.Position;
import dev.playbook.model.RuleInfo;
import dev.playbook.model.PlaybookConfig;
import dev.playbook.model.StructuredDocument;

import java.util.List;

/** Rules on whole sections: the required ones exist, and the leadership and team sections hold what they must. */
final class KindRules {

    private KindRules() {
    }

    static List<Rule> all() {
        return List.of(requiredKinds(), hiringCharacteristics(), hiringWeights(), scenarios(), gtmOwners());
    }

    private static Rule requiredKinds() {
        RuleInfo info = RuleInfo.error(RuleId.PLAYBOOK_REQUIRED_SECTIONS, "Every required section exists",
                "A playbook missing a section leaves reps to invent that part themselves.",
                "%d required {section is|sections are} missing");
        return new SimpleRule(info, (context, log) -> {
            if (context.playbook().failedToLoad(PlaybookConfig.FILE_NAME)) {
                return; // which sections are required is in the config, and it did not load
            }
            Position at = context.settings().position();
            for (ContentKind kind : context.settings().requiredKinds()) {
                if (context.playbook().failedToLoad(kind)) {
                    continue; // the section is there but failed to load, and that is reported at its cause
                }
                boolean present = !context.playbook().ofKind(kind).isEmpty();
                log.expect(present, at, "the " + kind.book().title() + " has no \"" + kind.id() + "\" section",
                        "add a file with \"kind: " + kind.id() + "\", or leave it out of checks.required_sections in playbook.yaml",
                        kind.book());
            }
        });
    }

    private static Rule hiringCharacteristics() {
        RuleInfo info = RuleInfo.error(RuleId.HIRING_CHARACTERISTICS, "The hiring formula weighs 3 to 7 characteristics",
                "Fewer than three cannot tell candidates apart; more than seven no interview loop can assess.",
                "too few or too many hiring characteristics");
        return new SimpleRule(info, (context, log) -> {
            for (StructuredDocument formula : context.playbook().ofKind(ContentKind.HIRING_FORMULA)) {
                int count = formula.data().maps("characteristics").size();
                Node at = formula.data().get("characteristics").orElse(formula.data());
                log.expect(count >= 3 && count <= 7, at.position(),
                        "the hiring formula has " + count + " characteristics; it needs 3 to 7",
                        "about five weighted characteristics work best");
            }
        });
    }

    private static Rule hiringWeights() {
        RuleInfo info = RuleInfo.error(RuleId.HIRING_WEIGHTS, "Hiring weights sum to 100",
                "Weights are shares of one decision; if they do not add up, scores cannot be compared.",
                "hiring weights do not sum to 100");
        return new SimpleRule(info, (context, log) -> {
            for (StructuredDocument formula : context.playbook().ofKind(ContentKind.HIRING_FORMULA)) {
                double sum = formula.data().maps("characteristics").stream()
                        .mapToDouble(c -> c.number("weight").orElse(0.0)).sum();
                Node at = formula.data().get("characteristics").orElse(formula.data());
                log.expect(Math.abs(sum - 100) < 1e-6, at.position(),
                        "the characteristics' weights sum to " + Items.number(sum) + ", not 100",
                        "adjust the weights so that they add up to 100");
            }
        });
    }

    private static Rule scenarios() {
        RuleInfo info = RuleInfo.error(RuleId.CUSTOMER_SUCCESS_SCENARIOS, "Customer success has 3 to 5 implementation scenarios",
                "One plan for every customer ignores what the sale uncovered; too many scenarios are no standard at all.",
                "too few or too many implementation scenarios");
        return new SimpleRule(info, (context, log) -> {
            for (StructuredDocument guide : context.playbook().ofKind(ContentKind.CUSTOMER_SUCCESS)) {
                int count = guide.data().maps("scenarios").size();
                Node at = guide.data().get("scenarios").orElse(guide.data());
                log.expect(count >= 3 && count <= 5, at.position(),
                        "customer success has " + count + " implementation scenarios; it needs 3 to 5",
                        "group customers by use case and context into three to five scenarios");
            }
        });
    }

    private static Rule gtmOwners() {
        RuleInfo info = RuleInfo.error(RuleId.GTM_ITEM_OWNER, "Every GTM alignment item has an owner",
                "Alignment that is everybody's job is nobody's.",
                "%d GTM checklist {item lacks|items lack} an owner");
        return new SimpleRule(info, (context, log) -> {
            for (StructuredDocument checklist : context.playbook().ofKind(ContentKind.GTM_ALIGNMENT)) {
                for (MapNode item : checklist.data().maps("items")) {
                    log.expect(Items.filled(item, "owner"), item.position(),
                            "GTM checklist item \"" + abbreviate(item.text("item").orElse("?")) + "\" has no owner",
                            "add \"owner: <role id>\"");
                }
            }
        });
    }


    private static String abbreviate(String text) {
        return text.length() <= 50 ? text : text.substring(0, 47) + "...";
    }
}
