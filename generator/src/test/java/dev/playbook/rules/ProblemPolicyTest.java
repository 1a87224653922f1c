package dev.playbook.rules;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The playbook's own judgement: severity overrides, disabled rules, inline suppressions, on the complete fixture playbook. */
class ProblemPolicyTest {

    private static final String PROCESS = "team/sales-process.yaml";
    private static final String GUIDE = "team/guides/first-call.md";

    @TempDir
    Path dir;

    private TestPlaybook withoutBuyerOutcomes() {
        return TestPlaybook.complete(dir).removeKey(PROCESS, "  - id: discovery", "    buyer_outcomes:");
    }

    private TestPlaybook withChecks(TestPlaybook playbook, String checks) {
        return playbook.write("playbook.yaml", playbook.read("playbook.yaml") + "checks:\n" + checks);
    }

    @Test
    void severityCanBeOverridden() {
        TestPlaybook playbook = withChecks(withoutBuyerOutcomes(), "  severity:\n    process.buyer-outcomes: warning\n");
        assertEquals(List.of("team/sales-process.yaml:18:5: warning [process.buyer-outcomes] stage \"discovery\" has no buyer-verifiable outcomes\n"
                + "    hint: add \"buyer_outcomes:\", things the buyer does that prove progress, e.g. \"The buyer confirmed the discovery summary\""),
                playbook.problems());
        assertEquals(0, playbook.check().exitCode(false));
        assertEquals(1, playbook.check().exitCode(true), "strict makes warnings fail");
    }

    @Test
    void aRuleCanBeDisabledWithAReason() {
        TestPlaybook playbook = withChecks(withoutBuyerOutcomes(),
                "  disabled:\n    - rule: process.buyer-outcomes\n      reason: Our buyers never reply to summaries; we track champions instead.\n");
        assertEquals(List.of(), playbook.problems());
        assertEquals(100, playbook.check().completeness().overall().percent(), "a disabled rule is not scored");
    }

    @Test
    void disablingNeedsAReason() {
        TestPlaybook playbook = withChecks(withoutBuyerOutcomes(), "  disabled:\n    - rule: process.buyer-outcomes\n");
        List<String> problems = playbook.problems();
        assertEquals("playbook.yaml:" + (configLines() + 3) + ":7: error [schema.required] missing required key \"reason\" in checks.disabled[0]",
                problems.get(0).lines().findFirst().orElseThrow());
    }

    @Test
    void unknownAndStructuralRuleIdsInTheConfigAreReported() {
        TestPlaybook playbook = withChecks(TestPlaybook.complete(dir), "  severity:\n    process.buyer-outcome: warning\n    yaml.syntax: warning\n");
        int line = configLines() + 3;
        assertEquals(List.of(
                "playbook.yaml:" + line + ":5: warning [config.rule] no rule is called \"process.buyer-outcome\"\n    hint: did you mean \"process.buyer-outcomes\"?",
                "playbook.yaml:" + (line + 1) + ":5: warning [config.rule] rule \"yaml.syntax\" cannot be disabled or re-graded\n"
                        + "    hint: fix the content instead: without it nothing else can be checked"),
                playbook.problems());
    }

    @Test
    void aYamlCommentSuppressesOneFinding() {
        TestPlaybook playbook = withoutBuyerOutcomes()
                .replace(PROCESS, "  - id: discovery\n", "  # playbook-ignore process.buyer-outcomes: Discovery outcomes are being rewritten with the CS team\n  - id: discovery\n");
        assertEquals(List.of(), playbook.problems());
    }

    @Test
    void aMarkdownCommentSuppressesOneFinding() {
        TestPlaybook playbook = TestPlaybook.complete(dir)
                .replace(GUIDE, "last_reviewed: 2026-01-15\n",
                        "# playbook-ignore freshness.overdue: under review with the new AEs until March\nlast_reviewed: 2025-09-30\n");
        assertEquals(List.of(), playbook.problems());
        TestPlaybook guide = TestPlaybook.complete(dir.resolve("other")).write("team/guides/extra.md",
                "---\ntitle: Extra\nowner: ae\nlast_reviewed: 2026-01-20\n---\n<!-- playbook-ignore link.broken: the page is added in the next pull request -->\nSee [the plan](next-quarter.md).\n");
        assertEquals(List.of(), guide.problems());
    }

    @Test
    void suppressionsNeedAReasonAndMustMatchAProblem() {
        TestPlaybook playbook = withoutBuyerOutcomes()
                .replace(PROCESS, "  - id: discovery\n", "  # playbook-ignore process.buyer-outcomes\n  - id: discovery\n")
                .replace(PROCESS, "  - id: proposal\n", "  # playbook-ignore process.exit-criteria: not needed\n  - id: proposal\n");
        assertEquals(List.of(
                "team/sales-process.yaml:18:3: error [suppression.reason] the suppression of \"process.buyer-outcomes\" gives no reason\n"
                        + "    hint: write it as \"playbook-ignore process.buyer-outcomes: <why this is fine>\"",
                "team/sales-process.yaml:32:3: warning [suppression.unused] the suppression of \"process.exit-criteria\" matches no problem on this line or the next\n    hint: remove it"),
                playbook.problems());
    }

    @Test
    void aSuppressionAnywhereInAFileCoversFindingsAboutTheWholeFile() {
        Suppressions suppressions = Suppressions.scan(java.util.Map.of("notes.md",
                "---\ntitle: Notes\n---\nText.\n\n<!-- playbook-ignore nav.unreachable: linked from the intranet -->\n"));
        dev.playbook.model.PlaybookConfig config = dev.playbook.model.PlaybookConfig.defaults();
        ProblemPolicy policy = new ProblemPolicy(config.checks(), new RuleCatalog(RuleSet.defaults()), suppressions);
        var unreachable = dev.playbook.model.Problem.warning(dev.playbook.model.RuleId.NAV_UNREACHABLE, dev.playbook.model.Position.ofFile("notes.md"), "unreachable", java.util.Optional.empty());
        var elsewhere = dev.playbook.model.Problem.warning(dev.playbook.model.RuleId.NAV_UNREACHABLE, dev.playbook.model.Position.ofFile("other.md"), "unreachable", java.util.Optional.empty());
        assertEquals(List.of(elsewhere), policy.apply(List.of(unreachable, elsewhere), policy.judge(List.of())).problems());
    }

    @Test
    void completenessNamesWhatIsMissing() {
        var completeness = withoutBuyerOutcomes().removeKey(PROCESS, "  - id: proposal", "    buyer_outcomes:").check().completeness();
        var process = completeness.books().get(0).documents().stream()
                .filter(s -> s.path().equals(PROCESS)).findFirst().orElseThrow();
        assertEquals("Sales process " + process.score().percent() + "%: 2 stages lack buyer-verifiable outcomes", process.line());
        assertEquals(process.score().total() - 2, process.score().passed());
    }

    /** Lines of the fixture's playbook.yaml, after which the tests append a checks block. */
    private static int configLines() {
        try {
            return (int) Files.readString(TestPlaybook.fixturePath("complete").resolve("playbook.yaml")).lines().count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
