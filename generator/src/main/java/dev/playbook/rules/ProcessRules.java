package dev.playbook.rules;

import dev.playbook.model.ContentKind;
import dev.playbook.model.RuleId;
import dev.playbook.model.MapNode;
import dev.playbook.model.RuleInfo;
import dev.playbook.model.StructuredDocument;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules for the sales process: every stage complete enough to act on, every role part of it. */
final class ProcessRules {

    private ProcessRules() {
    }

    static List<Rule> all() {
        return List.of(
                stageField(RuleId.PROCESS_STAGE_DEFINITION, "definition", "a definition",
                        "Without a definition reps file deals by feel, and stage data means nothing.",
                        "%d {stage lacks|stages lack} a definition", "say in a sentence what is true of a deal in this stage"),
                stageField(RuleId.PROCESS_STAGE_OWNER, "owner", "an owner role",
                        "A stage nobody owns is where deals stall.",
                        "%d {stage lacks|stages lack} an owner", "add \"owner: <role id>\""),
                stageField(RuleId.PROCESS_HANDOFF_TRIGGER, "handoff_trigger", "a handoff trigger",
                        "The owner must know the moment a deal becomes theirs.",
                        "%d {stage lacks|stages lack} a handoff trigger", "add \"handoff_trigger:\", the event that hands the deal to this stage's owner"),
                stageField(RuleId.PROCESS_EXIT_CRITERIA, "exit_criteria", "exit criteria",
                        "Stages without exit criteria bloat the pipeline and make forecasts guesswork.",
                        "%d {stage lacks|stages lack} exit criteria", "add \"exit_criteria:\" with at least one condition that must be true to move on"),
                buyerOutcomes(),
                rolesInProcess());
    }

    private static Rule stageField(RuleId id, String key, String what, String rationale, String gaps, String hint) {
        RuleInfo info = RuleInfo.error(id, "Every stage has " + what, rationale, gaps);
        return new SimpleRule(info, (context, log) -> {
            for (StructuredDocument process : context.playbook().ofKind(ContentKind.SALES_PROCESS)) {
                for (MapNode stage : process.data().maps("stages")) {
                    log.expect(Items.filled(stage, key), stage.position(),
                            Items.label("stage", stage) + " has no " + what.replaceFirst("^(a|an) ", ""), hint);
                }
            }
        });
    }

    private static Rule buyerOutcomes() {
        RuleInfo info = RuleInfo.error(RuleId.PROCESS_BUYER_OUTCOMES, "Opportunity stages have buyer-verifiable outcomes",
                "Progress is proven by what the buyer did, not by what the rep did.",
                "%d {stage lacks|stages lack} buyer-verifiable outcomes");
        return new SimpleRule(info, (context, log) -> {
            for (StructuredDocument process : context.playbook().ofKind(ContentKind.SALES_PROCESS)) {
                for (MapNode stage : process.data().maps("stages")) {
                    if (stage.text("type").filter("opportunity"::equals).isPresent()) {
                        log.expect(Items.filled(stage, "buyer_outcomes"), stage.position(),
                                Items.label("stage", stage) + " has no buyer-verifiable outcomes",
                                "add \"buyer_outcomes:\", things the buyer does that prove progress, e.g. \"The buyer confirmed the discovery summary\"");
                    }
                }
            }
        });
    }

    private static Rule rolesInProcess() {
        RuleInfo info = RuleInfo.warning(RuleId.PROCESS_ROLE_PARTICIPATES, "Every role takes part in the process",
                "A role that owns or supports no stage has no place in how deals move.",
                "%d {role takes|roles take} no part in the process");
        return new SimpleRule(info, (context, log) -> {
            Set<String> participating = new HashSet<>();
            for (StructuredDocument process : context.playbook().ofKind(ContentKind.SALES_PROCESS)) {
                for (MapNode stage : process.data().maps("stages")) {
                    stage.text("owner").ifPresent(participating::add);
                    participating.addAll(stage.texts("supporting"));
                }
            }
            if (context.playbook().ofKind(ContentKind.SALES_PROCESS).isEmpty()) {
                return;
            }
            for (StructuredDocument roles : context.playbook().ofKind(ContentKind.ROLES)) {
                for (MapNode role : roles.data().maps("roles")) {
                    String id = role.text("id").orElse("");
                    log.expect(participating.contains(id), role.position(),
                            Items.label("role", role) + " owns or supports no stage of the sales process",
                            "name it as \"owner\" or in \"supporting\" of a stage, or remove the role");
                }
            }
        });
    }
}
