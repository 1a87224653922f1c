package dev.playbook.rules;

import dev.playbook.api.Report;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every playbook rule on the complete fixture playbook ({@code fixtures/complete/}): the fixture itself
 * is the passing case of every rule, and each failing case breaks one thing in it and asserts every
 * problem with its exact position, message and hint.
 */
class PlaybookRulesTest {

    @TempDir
    Path dir;

    private static final String PROCESS = "team/sales-process.yaml";
    private static final String SUCCESS_MAP = "management/success-map.yaml";
    private static final String METRICS = "management/metrics.yaml";
    private static final String REPORTING = "management/reporting.yaml";
    private static final String PULL_THROUGH = "management/pull-through.yaml";
    private static final String HIRING = "leadership/hiring-formula.yaml";
    private static final String CUSTOMER_SUCCESS = "team/customer-success.yaml";
    private static final String GTM = "management/gtm-alignment.yaml";
    private static final String GUIDE = "team/guides/first-call.md";
    private static final String GLOSSARY = "team/glossary.yaml";

    @Test
    void theCompleteFixturePassesEveryRule() {
        Report report = TestPlaybook.complete(dir).check();
        assertEquals(List.of(), report.problems());
        Set<String> passed = report.checks().stream().filter(c -> c.passed()).map(c -> c.ruleId())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> unexercised = new TreeSet<>(EXPECTED.keySet());
        unexercised.removeAll(passed);
        assertEquals(Set.of(), unexercised, "the fixture gives every rule something to pass: " + passed);
    }

    static Stream<Arguments> brokenFixtures() {
        return Stream.of(
                fixture("process.stage-definition", p -> p.removeKey(PROCESS, "  - id: onboarding", "    definition:")),
                fixture("process.stage-owner", p -> p.removeKey(PROCESS, "  - id: closed-won", "    owner:")),
                fixture("process.handoff-trigger", p -> p.removeKey(PROCESS, "  - id: discovery", "    handoff_trigger:")),
                fixture("process.exit-criteria", p -> p.removeKey(PROCESS, "  - id: discovery", "    exit_criteria:")),
                fixture("process.buyer-outcomes", p -> p.removeKey(PROCESS, "  - id: discovery", "    buyer_outcomes:")),
                fixture("process.role-participates", p -> p.replace(PROCESS, "    owner: csm", "    owner: ae")),
                fixture("success-map.result-objectives", p -> p.removeKey(SUCCESS_MAP, "  - id: grow-new-arr", "    objectives:")),
                fixture("success-map.objective-activities", p -> p.removeKey(SUCCESS_MAP, "      - id: fuller-pipeline", "        activities:")),
                fixture("success-map.activity-input-metric", p -> p.replace(SUCCESS_MAP, "            metric: outbound-calls", "            metric: new-arr")),
                fixture("metrics.complete", p -> p.removeKey(METRICS, "  - id: outbound-calls", "    target:")),
                fixture("dashboard.metric-complete", p -> p.removeKey(METRICS, "  - id: pipeline-coverage", "    owner:")),
                fixture("hiring.characteristics", p -> p.removeKey(HIRING, "characteristics:", "  - id:")),
                fixture("hiring.weights", p -> p.replace(HIRING, "    weight: 40", "    weight: 35")),
                fixture("customer-success.scenarios", p -> p.removeKey(CUSTOMER_SUCCESS, "scenarios:", "  - id: switching-tools")),
                fixture("gtm.item-owner", p -> p.removeKey(GTM, "  - item: Customer success", "    owner:")),
                fixture("pull-through.rates", p -> p.replace(PULL_THROUGH, "    conversion_rate: 0.5", "    conversion_rate: 50")),
                fixture("pull-through.coverage", p -> p.replace(PULL_THROUGH, "win_rate: 0.3", "win_rate: 0.2")),
                fixture("playbook.required-sections", p -> p.delete("management/okrs.yaml")),
                fixture("freshness.owner", p -> p.removeKey(GUIDE, "", "owner:")),
                fixture("freshness.last-reviewed", p -> p.removeKey(GUIDE, "", "last_reviewed:")),
                fixture("freshness.overdue", p -> p.replace(GUIDE, "last_reviewed: 2026-01-15", "last_reviewed: 2025-09-30")),
                fixture("glossary.abbreviation", p -> p
                        .replace(GUIDE, "Ask how today's schedule was made before you show anything.",
                                "Ask how today's schedule was made before the SE shows anything. The SEs and `API` in code are fine.")
                        .replace(CUSTOMER_SUCCESS, "in the CRM", "in the CRM, AEs' notes and the ERP"))
        );
    }

    private static Arguments fixture(String rule, Consumer<TestPlaybook> edit) {
        return arguments(rule, edit, EXPECTED.get(rule));
    }

    private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            Map.entry("process.stage-definition", List.of(
                    "team/sales-process.yaml:54:5: error [process.stage-definition] stage \"onboarding\" has no definition\n    hint: say in a sentence what is true of a deal in this stage")),
            Map.entry("process.stage-owner", List.of(
                    "team/sales-process.yaml:46:5: error [process.stage-owner] stage \"closed-won\" has no owner role\n    hint: add \"owner: <role id>\"")),
            Map.entry("process.handoff-trigger", List.of(
                    "team/sales-process.yaml:18:5: error [process.handoff-trigger] stage \"discovery\" has no handoff trigger\n    hint: add \"handoff_trigger:\", the event that hands the deal to this stage's owner")),
            Map.entry("process.exit-criteria", List.of(
                    "team/sales-process.yaml:18:5: error [process.exit-criteria] stage \"discovery\" has no exit criteria\n    hint: add \"exit_criteria:\" with at least one condition that must be true to move on")),
            Map.entry("process.buyer-outcomes", List.of(
                    "team/sales-process.yaml:18:5: error [process.buyer-outcomes] stage \"discovery\" has no buyer-verifiable outcomes\n    hint: add \"buyer_outcomes:\", things the buyer does that prove progress, e.g. \"The buyer confirmed the discovery summary\"")),
            Map.entry("process.role-participates", List.of(
                    "team/roles.yaml:25:5: warning [process.role-participates] role \"csm\" owns or supports no stage of the sales process\n    hint: name it as \"owner\" or in \"supporting\" of a stage, or remove the role")),
            Map.entry("success-map.result-objectives", List.of(
                    "management/success-map.yaml:7:5: error [success-map.result-objectives] result \"grow-new-arr\" has no objectives\n    hint: add \"objectives:\" that lead to this result")),
            Map.entry("success-map.objective-activities", List.of(
                    "management/success-map.yaml:11:9: error [success-map.objective-activities] objective \"fuller-pipeline\" has no activities\n    hint: add \"activities:\", the things reps do every week that move this objective")),
            Map.entry("success-map.activity-input-metric", List.of(
                    "management/success-map.yaml:16:21: error [success-map.activity-input-metric] activity \"call-accounts\" is measured by \"new-arr\", which is an output metric\n    hint: measure activities by input metrics (type: input): things reps do, not results they get")),
            Map.entry("metrics.complete", List.of(
                    "management/metrics.yaml:7:5: error [metrics.complete] metric \"outbound-calls\" has no target\n    hint: add \"target:\"")),
            Map.entry("dashboard.metric-complete", List.of(
                    "management/metrics.yaml:25:5: error [metrics.complete] metric \"pipeline-coverage\" has no owner\n    hint: add \"owner:\"",
                    "management/reporting.yaml:27:5: error [dashboard.metric-complete] dashboard metric \"pipeline-coverage\" has no target or no owner in the metrics catalog\n    hint: give it \"target:\" and \"owner:\" in management/metrics.yaml")),
            Map.entry("hiring.characteristics", List.of(
                    "leadership/hiring-formula.yaml:14:3: error [hiring.characteristics] the hiring formula has 2 characteristics; it needs 3 to 7\n    hint: about five weighted characteristics work best",
                    "leadership/hiring-formula.yaml:14:3: error [hiring.weights] the characteristics' weights sum to 60, not 100\n    hint: adjust the weights so that they add up to 100")),
            Map.entry("hiring.weights", List.of(
                    "leadership/hiring-formula.yaml:14:3: error [hiring.weights] the characteristics' weights sum to 95, not 100\n    hint: adjust the weights so that they add up to 100")),
            Map.entry("customer-success.scenarios", List.of(
                    "team/customer-success.yaml:14:3: error [customer-success.scenarios] customer success has 2 implementation scenarios; it needs 3 to 5\n    hint: group customers by use case and context into three to five scenarios")),
            Map.entry("gtm.item-owner", List.of(
                    "management/gtm-alignment.yaml:10:5: error [gtm.item-owner] GTM checklist item \"Customer success joins the last proposal meetin...\" has no owner\n    hint: add \"owner: <role id>\"")),
            Map.entry("pull-through.rates", List.of(
                    "management/pull-through.yaml:16:22: error [pull-through.rates] conversion rate of \"discovery\" is 50, outside (0, 1]\n    hint: write rates as fractions: 25% is 0.25")),
            Map.entry("pull-through.coverage", List.of(
                    "management/pull-through.yaml:8:11: warning [pull-through.coverage] computed pipeline coverage is 5.00x, outside the 3x-4x range\n    hint: coverage is 1 / win rate; revisit the win rate or \"coverage_range\"")),
            Map.entry("playbook.required-sections", List.of(
                    "playbook.yaml:1:1: error [playbook.required-sections] the Sales management playbook has no \"okrs\" section\n    hint: add a file with \"kind: okrs\", or leave it out of checks.required_sections in playbook.yaml")),
            Map.entry("freshness.owner", List.of(
                    "team/guides/first-call.md:2:1: error [freshness.owner] the page names no owner\n    hint: add \"owner: <role id>\", the role that keeps this page current")),
            Map.entry("freshness.last-reviewed", List.of(
                    "team/guides/first-call.md:2:1: error [freshness.last-reviewed] the page has no last_reviewed date\n    hint: add \"last_reviewed: YYYY-MM-DD\"")),
            Map.entry("glossary.abbreviation", List.of(
                    "team/customer-success.yaml:11:7: warning [glossary.abbreviation] \"ERP\" is not in the glossary\n    hint: add it to team/glossary.yaml as an abbreviation of its term (abbreviations: [ERP]), or write the words out",
                    "team/guides/first-call.md:18:46: warning [glossary.abbreviation] \"SE\" is not in the glossary\n    hint: add it to team/glossary.yaml as an abbreviation of its term (abbreviations: [SE]), or write the words out")),
            Map.entry("freshness.overdue", List.of(
                    "team/guides/first-call.md:4:16: warning [freshness.overdue] last reviewed 2025-09-30, 124 days ago; the review cadence is 90 days\n    hint: review the page with its owner and update last_reviewed")));

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFixtures")
    void reportsEachRuleAtItsPosition(String rule, Consumer<TestPlaybook> edit, List<String> expected) {
        TestPlaybook playbook = TestPlaybook.complete(dir);
        edit.accept(playbook);
        assertEquals(expected, playbook.problems());
    }

    @Test
    void aGlossaryTermLeadingToNoPageIsAnErrorAtItsTarget() {
        TestPlaybook playbook = TestPlaybook.complete(dir).replace(GLOSSARY, "    see: roles.yaml#role-ae", "    see: role.yaml#role-ae");
        assertEquals(List.of("team/glossary.yaml:11:10: error [glossary.target] \"Account executive\" is answered by \"role.yaml#role-ae\", "
                        + "which is not a page of the playbook\n    hint: did you mean \"roles.yaml\"?"),
                playbook.problems());
    }

    @Test
    void aGlossaryTermLeadingToNoSectionIsAnErrorAtItsTarget() {
        TestPlaybook playbook = TestPlaybook.complete(dir).replace(GLOSSARY, "    see: roles.yaml#role-ae", "    see: roles.yaml#role-ea");
        assertEquals(List.of("team/glossary.yaml:11:10: error [glossary.target] \"Account executive\" is answered by \"roles.yaml#role-ea\", "
                        + "but team/roles.html has no section \"role-ea\"\n    hint: did you mean \"#role-ae\"?"),
                playbook.problems());
    }

    /** The glossary's schema, like every kind's: abbreviations in capitals, a definition for every term. */
    @Test
    void theGlossarySchemaWantsCapitalsAndADefinition() {
        TestPlaybook playbook = TestPlaybook.complete(dir)
                .replace(GLOSSARY, "    abbreviations: [ARR]", "    abbreviations: [arr]")
                .replace(GLOSSARY, "    definition: The rep who books first meetings.", "    meaning: The rep who books first meetings.");
        List<String> problems = playbook.problems().stream().filter(p -> p.startsWith(GLOSSARY)).toList();
        assertEquals(List.of(
                "team/glossary.yaml:12:5: error [schema.required] missing required key \"definition\" in terms[1]\n    hint: add \"definition:\" (what the term means here, in a sentence or two)",
                "team/glossary.yaml:14:5: error [schema.unknown-key] unknown key \"meaning\" in terms[1]\n    hint: expected one of: term, abbreviations, aka, definition, see",
                "team/glossary.yaml:20:21: error [schema.pattern] \"terms[3].abbreviations[0]\" value \"arr\" has the wrong form\n"
                        + "    hint: write the abbreviation in capitals as the text does, such as \"OTE\" or \"FP&A\""), problems);
    }

    /** Without a glossary (and none required), abbreviations are not judged: there is nowhere to define them. */
    @Test
    void aPlaybookWithoutAGlossaryIsNotToldToDefineAbbreviations() {
        TestPlaybook playbook = TestPlaybook.complete(dir).delete(GLOSSARY)
                .replace("playbook.yaml", "title:", "checks:\n  required_sections: [sales-process]\ntitle:")
                .replace(GUIDE, "Ask how today's schedule", "Ask the SE how today's schedule");
        assertEquals(List.of(), playbook.problems());
    }

    /** References to metrics (ref.role and ref.stage are in ValidationRulesTest, on the scaffold, which has no metrics). */
    @Test
    void reportsAnUnknownMetricAtItsPosition() {
        TestPlaybook playbook = TestPlaybook.complete(dir).replace(REPORTING, "  - metric: new-arr", "  - metric: new-ar");
        assertEquals(List.of("management/reporting.yaml:25:13: error [ref.metric] unknown metric \"new-ar\"\n    hint: did you mean \"new-arr\"?"),
                playbook.problems());
    }
}
