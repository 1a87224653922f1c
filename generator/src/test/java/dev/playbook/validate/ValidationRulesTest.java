package dev.playbook.validate;

import dev.playbook.model.ContentKind;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * One failing fixture per schema and reference rule, each asserting the exact position, message and
 * hint. The passing fixture for every rule is the untouched scaffold ({@link #scaffoldIsClean}); the rules
 * the scaffold cannot break (it has only two kinds) break the complete fixture playbook instead.
 */
class ValidationRulesTest {

    @TempDir
    Path dir;

    @Test
    void scaffoldIsClean() {
        assertEquals(List.of(), TestPlaybook.scaffold(dir).problems());
    }

    /** The schemas' descriptions, which hints quote. */
    private static final String STAGE_NAME = "stage name as shown in the CRM and dashboards";
    private static final String RESPONSIBILITIES = "what the role is accountable for";

    static Stream<Arguments> brokenFixtures() {
        return Stream.of(
                arguments("schema.unknown-key", "team/sales-process.yaml", "    definition: We learn", "    defintion: We learn",
                        List.of("team/sales-process.yaml:7:5: error [process.stage-definition] stage \"discovery\" has no definition\n"
                                        + "    hint: say in a sentence what is true of a deal in this stage",
                                "team/sales-process.yaml:10:5: error [schema.unknown-key] unknown key \"defintion\" in stages[0]\n"
                                        + "    hint: did you mean \"definition\"?")),
                arguments("schema.required", "team/sales-process.yaml", "    name: Discovery\n", "",
                        List.of("team/sales-process.yaml:7:5: error [schema.required] missing required key \"name\" in stages[0]\n"
                                + "    hint: add \"name:\" (" + STAGE_NAME + ")")),
                arguments("schema.type", "team/sales-process.yaml", "conversion_rate: 0.5", "conversion_rate: half",
                        List.of("team/sales-process.yaml:17:22: error [schema.type] \"stages[0].conversion_rate\" should be a number, not text (\"half\")")),
                arguments("schema.enum", "team/sales-process.yaml", "type: opportunity\n    definition: We learn", "type: oportunity\n    definition: We learn",
                        List.of("team/sales-process.yaml:9:11: error [schema.enum] \"stages[0].type\" is \"oportunity\", which is not one of: lead, opportunity, customer, closed\n"
                                + "    hint: did you mean \"opportunity\"?")),
                arguments("schema.pattern", "team/roles.yaml", "last_reviewed: 2026-01-15", "last_reviewed: 15.01.2026",
                        List.of("team/roles.yaml:4:16: error [schema.pattern] \"last_reviewed\" value \"15.01.2026\" has the wrong form\n"
                                + "    hint: write dates as YYYY-MM-DD, such as 2026-10-01")),
                arguments("schema.min-items", "team/roles.yaml", "    responsibilities:\n      - Runs the weekly pipeline review\n      - Coaches each account executive in a weekly one-to-one",
                        "    responsibilities: []",
                        List.of("team/roles.yaml:10:23: error [schema.min-items] \"roles[0].responsibilities\" needs at least 1 item(s)\n"
                                + "    hint: " + RESPONSIBILITIES)),
                arguments("kind.unknown", "team/roles.yaml", "kind: roles", "kind: role",
                        List.of("team/roles.yaml:1:7: error [kind.unknown] unknown kind \"role\"\n    hint: did you mean \"roles\"?")),
                arguments("ref.role", "team/sales-process.yaml", "    owner: ae\n    handoff_trigger: A first", "    owner: account-exec\n    handoff_trigger: A first",
                        List.of("team/sales-process.yaml:11:12: error [ref.role] unknown role \"account-exec\"\n    hint: known roles: sales-manager, ae")),
                arguments("ref.stage", "team/guides/discovery-call.md", "stages: [discovery]", "stages: [discovry]",
                        List.of("team/guides/discovery-call.md:6:10: error [ref.stage] unknown stage \"discovry\"\n    hint: did you mean \"discovery\"?")),
                arguments("id.duplicate", "team/sales-process.yaml", "  - id: proposal", "  - id: discovery",
                        List.of("team/sales-process.yaml:19:9: error [id.duplicate] stage \"discovery\" is defined twice (also at team/sales-process.yaml:7:9)\n"
                                + "    hint: give each stage its own id")),
                arguments("link.broken", "team/guides/discovery-call.md", "(../sales-process.yaml#stage-discovery)", "(../sales-proces.yaml#stage-discovery)",
                        List.of("team/guides/discovery-call.md:17:1: error [link.broken] broken link \"../sales-proces.yaml#stage-discovery\": there is no team/sales-proces.yaml\n"
                                + "    hint: did you mean \"../sales-process.yaml\"?")),
                arguments("link.anchor", "team/guides/discovery-call.md", "(../sales-process.yaml#stage-discovery)", "(../sales-process.yaml#stage-discover)",
                        List.of("team/guides/discovery-call.md:17:1: error [link.anchor] link \"../sales-process.yaml#stage-discover\": team/sales-process.html has no anchor \"stage-discover\"\n"
                                + "    hint: did you mean \"#stage-discovery\"?")),
                arguments("link.outside", "team/guides/discovery-call.md", "(../sales-process.yaml#stage-discovery)", "(../../../etc/passwd)",
                        List.of("team/guides/discovery-call.md:17:1: error [link.outside] link \"../../../etc/passwd\" leads outside the playbook\n"
                                + "    hint: link to a file inside the content directory")),
                arguments("link.broken (reference definition)", "team/guides/discovery-call.md",
                        "[exit criteria](../sales-process.yaml#stage-discovery) for what you must learn.\n\n## After the call\n\nSend a short summary and ask the buyer to correct it.\n",
                        "[exit criteria][ec] for what you must learn.\n\n## After the call\n\nSend a short summary and ask the buyer to correct it.\n\n[ec]: ../sales-proces.yaml#stage-discovery\n",
                        List.of("team/guides/discovery-call.md:23:1: error [link.broken] broken link \"../sales-proces.yaml#stage-discovery\": there is no team/sales-proces.yaml\n"
                                + "    hint: did you mean \"../sales-process.yaml\"?")),
                arguments("link.outside (absolute path)", "team/guides/discovery-call.md", "(../sales-process.yaml#stage-discovery)", "(/team/sales-process.yaml#stage-discovery)",
                        List.of("team/guides/discovery-call.md:17:1: error [link.outside] link \"/team/sales-process.yaml#stage-discovery\" starts at the root of the web server\n"
                                + "    hint: write it relative to this file, such as \"../sales-process.yaml\": the site may be served from a sub-folder or opened from disk")),
                arguments("yaml.duplicate-key", "team/roles.yaml", "title: Roles", "title: Roles\ntitle: People",
                        List.of("team/roles.yaml:3:1: error [yaml.duplicate-key] duplicate key \"title\" (first defined at line 2)\n"
                                + "    hint: remove one of the two; YAML keeps only one value per key")),
                arguments("frontmatter.missing", "team/guides/discovery-call.md", "---\ntitle: Discovery call guide", "title: Discovery call guide",
                        List.of("team/guides/discovery-call.md:1:1: error [frontmatter.missing] the page has no front matter\n"
                                + "    hint: start the file with a \"---\" line, then title, owner and last_reviewed, then another \"---\" line")),
                arguments("yaml.syntax (front matter)", "team/guides/discovery-call.md", "audience: [ae]", "audience: [ae",
                        List.of("team/guides/discovery-call.md:5:11: error [yaml.syntax] the list that starts with \"[\" here is never closed\n"
                                + "    hint: close it with \"]\" on the same line, such as [ae, bdr]; if the value is text, put it in quotes"))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFixtures")
    void reportsEachRuleAtItsPosition(String rule, String file, String from, String to, List<String> expected) {
        TestPlaybook playbook = TestPlaybook.scaffold(dir).replace(file, from, to);
        assertEquals(expected, playbook.problems());
    }

    private static final String MODELS = "team/sales-models.yaml";
    private static final String EMPOWERMENT = "leadership/empowerment.yaml";

    static Stream<Arguments> brokenCompleteFixtures() {
        return Stream.of(
                arguments("schema.max-items", (Consumer<TestPlaybook>) p -> p.write(EMPOWERMENT, p.read(EMPOWERMENT)
                                + "  - id: perform\n    name: Perform again\n    intent: A fifth dimension.\n    practices:\n      - None\n    cadence: Never\n    owner: ae\n"),
                        List.of("leadership/empowerment.yaml:7:3: error [schema.max-items] \"dimensions\" allows at most 4 item(s)")),
                arguments("schema.value", (Consumer<TestPlaybook>) p -> p.replace("team/customer-success.yaml", "duration_weeks: 2", "duration_weeks: 0"),
                        List.of("team/customer-success.yaml:17:21: error [schema.value] must have a minimum value of 1 in scenarios[0].duration_weeks")),
                arguments("kind.missing", (Consumer<TestPlaybook>) p -> p.replace(MODELS, "kind: sales-models\n", ""),
                        List.of("team/sales-models.yaml:1:1: error [kind.missing] no \"kind\" key: the generator cannot tell what this file describes\n"
                                        + "    hint: add \"kind: <kind>\" as the first line, one of: " + String.join(", ", ContentKind.ids()))),
                arguments("yaml.empty", (Consumer<TestPlaybook>) p -> p.write(MODELS, ""),
                        List.of("team/sales-models.yaml:1:1: error [yaml.empty] the document is empty\n"
                                + "    hint: add the page's fields, starting with \"title\"")),
                arguments("yaml.not-a-mapping", (Consumer<TestPlaybook>) p -> p.write(MODELS, "- inbound\n- outbound\n"),
                        List.of("team/sales-models.yaml:1:1: error [yaml.not-a-mapping] expected \"key: value\" lines at the top level")),
                arguments("config.missing", (Consumer<TestPlaybook>) p -> p.delete("playbook.yaml"),
                        List.of("playbook.yaml: error [config.missing] the content directory has no playbook.yaml\n"
                                + "    hint: create it with at least \"kind: config\" and \"title: ...\", or run \"playbook new\""))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCompleteFixtures")
    void reportsEachRuleTheScaffoldCannotBreak(String rule, Consumer<TestPlaybook> edit, List<String> expected) {
        TestPlaybook playbook = TestPlaybook.complete(dir);
        edit.accept(playbook);
        assertEquals(expected, playbook.problems());
    }

    /**
     * A file that fails to load is reported once, at its cause. The complete fixture links to each of these
     * files, refers to the roles, stages and metrics they define and requires their sections: none of that
     * may be reported while the file itself is what is broken.
     */
    static Stream<Arguments> filesThatFailToLoad() {
        return Stream.of(
                arguments("roles: a tab in the indentation", (Consumer<TestPlaybook>) p -> p.replace("team/roles.yaml", "  - id: bdr", "\t- id: bdr"),
                        List.of("team/roles.yaml:13:1: error [yaml.syntax] this line is indented with a tab\n"
                                + "    hint: indent with spaces only: YAML does not count tabs")),
                arguments("roles: the kind line itself is broken", (Consumer<TestPlaybook>) p -> p.replace("team/roles.yaml", "kind: roles", "kind roles"),
                        List.of("team/roles.yaml:1:1: error [yaml.syntax] this line has no colon: YAML expects \"key: value\"\n"
                                + "    hint: write \"kind: roles\"")),
                arguments("sales process: an unclosed quote", (Consumer<TestPlaybook>) p -> p.replace("team/sales-process.yaml",
                                "title: Sales process", "title: \"Sales process"),
                        List.of("team/sales-process.yaml:2:8: error [yaml.syntax] the quote (\") that starts this value is never closed\n"
                                + "    hint: end the value with \" on the same line, or remove the \" at its start")),
                arguments("sales process: suppressions there and in a guide linking to it are not called unused", (Consumer<TestPlaybook>) p -> p
                                .replace("team/sales-process.yaml", "title: Sales process\n", "title: \"Sales process\n")
                                .replace("team/sales-process.yaml", "  - id: discovery\n",
                                        "  # playbook-ignore process.buyer-outcomes: rewritten with the CS team next quarter\n  - id: discovery\n")
                                .replace("team/guides/first-call.md", "[exit criteria](../sales-process.yaml#stage-discovery)",
                                        "<!-- playbook-ignore link.anchor: the stage is being renamed -->\n[exit criteria](../sales-process.yaml#stage-discovery)"),
                        List.of("team/sales-process.yaml:2:8: error [yaml.syntax] the quote (\") that starts this value is never closed\n"
                                + "    hint: end the value with \" on the same line, or remove the \" at its start")),
                arguments("metrics: no kind", (Consumer<TestPlaybook>) p -> p.replace("management/metrics.yaml", "kind: metrics\n", ""),
                        List.of("management/metrics.yaml:1:1: error [kind.missing] no \"kind\" key: the generator cannot tell what this file describes\n"
                                + "    hint: add \"kind: <kind>\" as the first line, one of: " + String.join(", ", ContentKind.ids()))),
                arguments("lead management: not a mapping", (Consumer<TestPlaybook>) p -> p.write("team/lead-management.yaml", "- inbound\n- outbound\n"),
                        List.of("team/lead-management.yaml:1:1: error [yaml.not-a-mapping] expected \"key: value\" lines at the top level")),
                arguments("a guide: broken front matter", (Consumer<TestPlaybook>) p -> p.replace("team/guides/first-call.md", "title: ", "title: [Draft] "),
                        List.of("team/guides/first-call.md:2:16: error [yaml.syntax] a value that starts with \"[\" is read as a list, and text follows it\n"
                                + "    hint: put the whole value in quotes: \"[Draft] First call\""))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesThatFailToLoad")
    void reportsAFileThatFailsToLoadOnceAtItsCause(String slip, Consumer<TestPlaybook> edit, List<String> expected) {
        TestPlaybook playbook = TestPlaybook.complete(dir);
        edit.accept(playbook);
        assertEquals(expected, playbook.problems());
    }

    @Test
    void aConfigThatFailsToLoadRequiresNoSections() {
        TestPlaybook playbook = TestPlaybook.scaffold(dir).replace("playbook.yaml", "title: Our Sales Playbook", "title Our Sales Playbook");
        assertEquals(List.of("playbook.yaml:2:1: error [yaml.syntax] this line has no colon: YAML expects \"key: value\"\n"
                        + "    hint: write \"title: Our Sales Playbook\"; or, to continue the value on line 1, indent this line further than \"kind:\""),
                playbook.problems());
    }
}
