package dev.playbook.rules;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * One failing fixture per playbook rule, each a small edit of the sample playbook, asserting every
 * problem with its exact position, message and hint. The passing fixture is the sample itself.
 */
class PlaybookRulesTest {

    @TempDir
    Path dir;

    @Test
    void samplePlaybookPassesEveryRule() {
        assertEquals(List.of(), TestPlaybook.sample(dir).problems());
    }

    private static final String PROCESS = "team/sales-process.yaml";

    static Stream<Arguments> brokenFixtures() {
        return Stream.of(
                fixture("process.stage-definition", p -> p.removeKey(PROCESS, "  - id: closed-lost", "    definition:")),
                fixture("process.stage-owner", p -> p.removeKey(PROCESS, "  - id: closed-won", "    owner:")),
                fixture("process.handoff-trigger", p -> p.removeKey(PROCESS, "  - id: discovery", "    handoff_trigger:")),
                fixture("process.exit-criteria", p -> p.removeKey(PROCESS, "  - id: discovery", "    exit_criteria:")),
                fixture("process.buyer-outcomes", p -> p.removeKey(PROCESS, "  - id: discovery", "    buyer_outcomes:")),
                fixture("process.role-participates", p -> p.replace(PROCESS, "[sales-manager, revops-lead, enablement-lead]", "[sales-manager, revops-lead]")),
                fixture("success-map.result-objectives", p -> p.removeKey("management/success-map.yaml", "  - id: productive-team", "    objectives:")),
                fixture("success-map.objective-activities", p -> p.removeKey("management/success-map.yaml", "  - id: productive-team", "        activities:")),
                fixture("success-map.activity-input-metric", p -> p.replace("management/success-map.yaml", "            metric: accounts-researched", "            metric: revenue-attainment")),
                fixture("metrics.complete", p -> p.removeKey("management/metrics.yaml", "  - id: accounts-researched", "    target:")),
                fixture("dashboard.metric-complete", p -> p.removeKey("management/metrics.yaml", "  - id: pipeline-coverage", "    owner:")),
                fixture("hiring.characteristics", p -> p.removeKey("leadership/hiring-formula.yaml", "characteristics:", "  - id:")
                        .removeKey("leadership/hiring-formula.yaml", "characteristics:", "  - id:")
                        .removeKey("leadership/hiring-formula.yaml", "characteristics:", "  - id:")),
                fixture("hiring.weights", p -> p.replace("leadership/hiring-formula.yaml", "    weight: 15", "    weight: 10")),
                fixture("customer-success.scenarios", p -> p.removeKey("team/customer-success.yaml", "scenarios:", "  - id: data-cleanup-first")
                        .removeKey("team/customer-success.yaml", "scenarios:", "  - id: enterprise-programme")),
                fixture("gtm.item-owner", p -> p.removeKey("management/gtm-alignment.yaml", "  - item: \"Lead scoring", "    owner:")),
                fixture("pull-through.rates", p -> p.replace("management/pull-through.yaml", "    conversion_rate: 0.5", "    conversion_rate: 50")),
                fixture("pull-through.coverage", p -> p.replace("management/pull-through.yaml", "win_rate: 0.28", "win_rate: 0.2")),
                fixture("playbook.required-sections", p -> p.delete("management/okrs.yaml")),
                fixture("freshness.owner", p -> p.removeKey("team/guides/objection-handling.md", "", "owner:")),
                fixture("freshness.last-reviewed", p -> p.removeKey("team/guides/objection-handling.md", "", "last_reviewed:")),
                fixture("freshness.overdue", p -> p.replace("team/guides/objection-handling.md", "last_reviewed: 2026-10-30", "last_reviewed: 2026-05-30"))
        );
    }

    private static Arguments fixture(String rule, java.util.function.Consumer<TestPlaybook> edit) {
        return arguments(rule, edit, EXPECTED.get(rule));
    }

    private static final java.util.Map<String, List<String>> EXPECTED = java.util.Map.ofEntries(
            java.util.Map.entry("process.stage-definition", List.of(
                    "team/sales-process.yaml:137:5: error [process.stage-definition] stage \"closed-lost\" has no definition\n    hint: say in a sentence what is true of a deal in this stage")),
            java.util.Map.entry("process.stage-owner", List.of(
                    "team/sales-process.yaml:123:5: error [process.stage-owner] stage \"closed-won\" has no owner role\n    hint: add \"owner: <role id>\"")),
            java.util.Map.entry("process.handoff-trigger", List.of(
                    "team/sales-process.yaml:51:5: error [process.handoff-trigger] stage \"discovery\" has no handoff trigger\n    hint: add \"handoff_trigger:\", the event that hands the deal to this stage's owner")),
            java.util.Map.entry("process.exit-criteria", List.of(
                    "team/sales-process.yaml:51:5: error [process.exit-criteria] stage \"discovery\" has no exit criteria\n    hint: add \"exit_criteria:\" with at least one condition that must be true to move on")),
            java.util.Map.entry("process.buyer-outcomes", List.of(
                    "team/sales-process.yaml:51:5: error [process.buyer-outcomes] stage \"discovery\" has no buyer-verifiable outcomes\n    hint: add \"buyer_outcomes:\", things the buyer does that prove progress, e.g. \"The buyer confirmed the discovery summary\"")),
            java.util.Map.entry("process.role-participates", List.of(
                    "team/roles.yaml:118:5: warning [process.role-participates] role \"enablement-lead\" owns or supports no stage of the sales process\n    hint: name it as \"owner\" or in \"supporting\" of a stage, or remove the role")),
            java.util.Map.entry("success-map.result-objectives", List.of(
                    "management/success-map.yaml:72:5: error [success-map.result-objectives] result \"productive-team\" has no objectives\n    hint: add \"objectives:\" that lead to this result")),
            java.util.Map.entry("success-map.objective-activities", List.of(
                    "management/success-map.yaml:76:9: error [success-map.objective-activities] objective \"structured-onboarding\" has no activities\n    hint: add \"activities:\", the things reps do every week that move this objective")),
            java.util.Map.entry("success-map.activity-input-metric", List.of(
                    "management/success-map.yaml:22:21: error [success-map.activity-input-metric] activity \"research-accounts\" is measured by \"revenue-attainment\", which is an output metric\n    hint: measure activities by input metrics (type: input): things reps do, not results they get")),
            java.util.Map.entry("metrics.complete", List.of(
                    "management/metrics.yaml:12:5: error [metrics.complete] metric \"accounts-researched\" has no target\n    hint: add \"target:\"")),
            java.util.Map.entry("dashboard.metric-complete", List.of(
                    "management/metrics.yaml:75:5: error [metrics.complete] metric \"pipeline-coverage\" has no owner\n    hint: add \"owner:\"",
                    "management/reporting.yaml:91:5: error [dashboard.metric-complete] dashboard metric \"pipeline-coverage\" has no target or no owner in the metrics catalog\n    hint: give it \"target:\" and \"owner:\" in management/metrics.yaml")),
            java.util.Map.entry("hiring.characteristics", List.of(
                    "leadership/hiring-formula.yaml:29:3: error [hiring.characteristics] the hiring formula has 2 characteristics; it needs 3 to 7\n    hint: about five weighted characteristics work best",
                    "leadership/hiring-formula.yaml:29:3: error [hiring.weights] the characteristics' weights sum to 35, not 100\n    hint: adjust the weights so that they add up to 100")),
            java.util.Map.entry("hiring.weights", List.of(
                    "leadership/hiring-formula.yaml:29:3: error [hiring.weights] the characteristics' weights sum to 95, not 100\n    hint: adjust the weights so that they add up to 100")),
            java.util.Map.entry("customer-success.scenarios", List.of(
                    "team/customer-success.yaml:26:3: error [customer-success.scenarios] customer success has 2 implementation scenarios; it needs 3 to 5\n    hint: group customers by use case and context into three to five scenarios")),
            java.util.Map.entry("gtm.item-owner", List.of(
                    "management/gtm-alignment.yaml:14:5: error [gtm.item-owner] GTM checklist item \"Lead scoring matches the MQL criteria in [lead ...\" has no owner\n    hint: add \"owner: <role id>\"")),
            java.util.Map.entry("pull-through.rates", List.of(
                    "management/pull-through.yaml:22:22: error [pull-through.rates] conversion rate of \"connect\" is 50, outside (0, 1]\n    hint: write rates as fractions: 25% is 0.25")),
            java.util.Map.entry("pull-through.coverage", List.of(
                    "management/pull-through.yaml:14:11: warning [pull-through.coverage] computed pipeline coverage is 5.00x, outside the 3x-4x range\n    hint: coverage is 1 / win rate; revisit the win rate or \"coverage_range\"")),
            java.util.Map.entry("playbook.required-sections", List.of(
                    "playbook.yaml:1:1: error [playbook.required-sections] the Sales management playbook has no \"okrs\" section\n    hint: add a file with \"kind: okrs\", or leave it out of checks.required_sections in playbook.yaml")),
            java.util.Map.entry("freshness.owner", List.of(
                    "team/guides/objection-handling.md:2:1: error [freshness.owner] the page names no owner\n    hint: add \"owner: <role id>\", the role that keeps this page current")),
            java.util.Map.entry("freshness.last-reviewed", List.of(
                    "team/guides/objection-handling.md:2:1: error [freshness.last-reviewed] the page has no last_reviewed date\n    hint: add \"last_reviewed: YYYY-MM-DD\"")),
            java.util.Map.entry("freshness.overdue", List.of(
                    "team/guides/objection-handling.md:4:16: warning [freshness.overdue] last reviewed 2026-05-30, 178 days ago; the review cadence is 90 days\n    hint: review the page with its owner and update last_reviewed")));

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFixtures")
    void reportsEachRuleAtItsPosition(String rule, java.util.function.Consumer<TestPlaybook> edit, List<String> expected) {
        TestPlaybook playbook = TestPlaybook.sample(dir);
        edit.accept(playbook);
        assertEquals(expected, playbook.problems());
    }
}
