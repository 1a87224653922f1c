package dev.playbook.load;

import dev.playbook.model.Excerpt;
import dev.playbook.model.MapNode;
import dev.playbook.model.Problem;
import dev.playbook.model.ScalarNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class YamlReaderTest {

    private final YamlReader reader = new YamlReader();

    private List<String> problems(String yaml) {
        return reader.read("f.yaml", yaml, 0).problems().stream().map(Problem::format).toList();
    }

    @Test
    void keepsPositionsOfKeysAndValues() {
        YamlReader.Result result = reader.read("f.yaml", "title: Hello\nstages:\n  - id: discovery\n", 0);
        MapNode root = (MapNode) result.root().orElseThrow();
        assertEquals("f.yaml:1:1", root.entry("title").orElseThrow().keyPosition().toString());
        assertEquals("f.yaml:1:8", root.get("title").orElseThrow().position().toString());
        MapNode stage = (MapNode) root.list("stages").get(0);
        assertEquals("f.yaml:3:9", stage.get("id").orElseThrow().position().toString());
    }

    @Test
    void datesStayTextAndNumbersAreNumbers() {
        MapNode root = (MapNode) reader.read("f.yaml", "last_reviewed: 2026-10-01\nrate: 0.25\ndays: 14\nok: true\n", 0)
                .root().orElseThrow();
        assertEquals("2026-10-01", ((ScalarNode) root.get("last_reviewed").orElseThrow()).value());
        assertEquals(0.25, ((ScalarNode) root.get("rate").orElseThrow()).value());
        assertEquals(14L, ((ScalarNode) root.get("days").orElseThrow()).value());
        assertEquals(true, ((ScalarNode) root.get("ok").orElseThrow()).value());
    }

    /**
     * The common slips of a writer editing YAML by hand, each said in plain words at the place of the slip,
     * with a hint that shows the fix, and the excerpt every report prints under it.
     */
    static Stream<Arguments> slips() {
        return Stream.of(
                arguments("key indented more than the key above",
                        "kind: roles\ntitle: Roles\n  owner: ae\n",
                        "f.yaml:3:3", "this line is indented more than the key above it",
                        "start \"owner:\" where \"title:\" starts on line 2",
                        List.of("  1 | kind: roles",
                                "  2 | title: Roles",
                                "> 3 |   owner: ae",
                                "    |   ^")),
                arguments("key in a list item indented more than the key above",
                        "roles:\n  - id: ae\n    name: Account executive\n      mission: Wins new customers\n",
                        "f.yaml:4:7", "this line is indented more than the key above it",
                        "start \"mission:\" where \"name:\" starts on line 3",
                        List.of("  2 |   - id: ae",
                                "  3 |     name: Account executive",
                                "> 4 |       mission: Wins new customers",
                                "    |       ^")),
                arguments("key indented less than the key above",
                        "roles:\n  - id: ae\n    name: Account executive\n   mission: Wins new customers\n",
                        "f.yaml:4:4", "this line is indented less than the key above it",
                        "start \"mission:\" where \"name:\" starts on line 3, or where the key it belongs to starts",
                        List.of("  2 |   - id: ae",
                                "  3 |     name: Account executive",
                                "> 4 |    mission: Wins new customers",
                                "    |    ^")),
                arguments("tab in the indentation",
                        "kind: roles\nroles:\n\t- id: ae\n",
                        "f.yaml:3:1", "this line is indented with a tab",
                        "indent with spaces only: YAML does not count tabs",
                        List.of("  1 | kind: roles",
                                "  2 | roles:",
                                "> 3 |  - id: ae",
                                "    | ^")),
                arguments("tab after a colon",
                        "kind: roles\ntitle:\tRoles\n",
                        "f.yaml:2:7", "a tab where YAML expects a space",
                        "replace the tab with a space",
                        List.of("  1 | kind: roles",
                                "> 2 | title: Roles",
                                "    |       ^")),
                arguments("missing colon",
                        "kind: roles\ntitle Roles\nowner: ae\n",
                        "f.yaml:2:1", "this line has no colon: YAML expects \"key: value\"",
                        "write \"title: Roles\"; or, to continue the value on line 1, indent this line further than \"kind:\"",
                        List.of("  1 | kind: roles",
                                "> 2 | title Roles",
                                "    | ^",
                                "  3 | owner: ae")),
                arguments("missing colon, noticed at the next line's colon",
                        "kind roles\ntitle: Roles\n",
                        "f.yaml:1:1", "this line has no colon: YAML expects \"key: value\"",
                        "write \"kind: roles\"",
                        List.of("> 1 | kind roles",
                                "    | ^",
                                "  2 | title: Roles")),
                arguments("missing space after the colon",
                        "kind: roles\ntitle:Roles\nowner: ae\n",
                        "f.yaml:2:6", "a space is missing after the colon in \"title:Roles\"",
                        "write \"title: Roles\"",
                        List.of("  1 | kind: roles",
                                "> 2 | title:Roles",
                                "    |      ^",
                                "  3 | owner: ae")),
                arguments("unclosed double quote",
                        "kind: roles\ntitle: \"Roles\nowner: ae\n",
                        "f.yaml:2:8", "the quote (\") that starts this value is never closed",
                        "end the value with \" on the same line, or remove the \" at its start",
                        List.of("  1 | kind: roles",
                                "> 2 | title: \"Roles",
                                "    |        ^",
                                "  3 | owner: ae")),
                arguments("unclosed quote closed by a later value's quote",
                        "kind: roles\ntitle: 'Roles\nowner: 'ae'\n",
                        "f.yaml:2:8", "the quote (') that starts this value is never closed",
                        "end the value with ' on the same line, or remove the ' at its start",
                        List.of("  1 | kind: roles",
                                "> 2 | title: 'Roles",
                                "    |        ^",
                                "  3 | owner: 'ae'")),
                arguments("text after a closing quote",
                        "title: \"Roles\" and responsibilities\n",
                        "f.yaml:1:16", "text after the closing quote",
                        "put the whole value in quotes: '\"Roles\" and responsibilities'",
                        List.of("> 1 | title: \"Roles\" and responsibilities",
                                "    |                ^")),
                arguments("text after a closing quote in a list item",
                        "exit_criteria:\n  - \"Budget\" is confirmed\n",
                        "f.yaml:2:14", "text after the closing quote",
                        "put the whole value in quotes: '\"Budget\" is confirmed'",
                        List.of("  1 | exit_criteria:",
                                "> 2 |   - \"Budget\" is confirmed",
                                "    |              ^")),
                arguments("list item where a key was expected",
                        "kind: roles\ntitle: Roles\n- ae\n",
                        "f.yaml:3:1", "a list item where a key was expected",
                        "put the list under a key that ends with \":\" on the line above it, or remove the \"- \" to make this line a key",
                        List.of("  1 | kind: roles",
                                "  2 | title: Roles",
                                "> 3 | - ae",
                                "    | ^")),
                arguments("key where a list item was expected",
                        "audience:\n  - ae\n  owner: sales-manager\n",
                        "f.yaml:3:3", "a key where a list item was expected",
                        "to end the list, start \"owner:\" where \"audience:\" starts on line 1; or start the line with \"- \" to make it a new item",
                        List.of("  1 | audience:",
                                "  2 |   - ae",
                                "> 3 |   owner: sales-manager",
                                "    |   ^")),
                arguments("key of a list item at the list's indentation",
                        "roles:\n  - id: ae\n  name: Account executive\n",
                        "f.yaml:3:3", "a key where a list item was expected",
                        "to add it to the item above, start \"name:\" where \"id:\" starts on line 2; or start the line with \"- \" to make it a new item",
                        List.of("  1 | roles:",
                                "  2 |   - id: ae",
                                "> 3 |   name: Account executive",
                                "    |   ^")),
                arguments("list item without its dash",
                        "audience:\n  - ae\n  bdr\n",
                        "f.yaml:3:3", "a list item without its \"- \"",
                        "start it with \"- \" like the item above it: \"- bdr\"",
                        List.of("  1 | audience:",
                                "  2 |   - ae",
                                "> 3 |   bdr",
                                "    |   ^")),
                arguments("list on its key's line",
                        "audience: - ae\n",
                        "f.yaml:1:11", "a list cannot start on the same line as its key",
                        "put \"- ae\" on the next line, indented under \"audience:\"",
                        List.of("> 1 | audience: - ae",
                                "    |           ^")),
                arguments("value continued on a line indented less than its key",
                        "roles:\n  - id: ae\n    mission: Turns a first meeting\n into a signed customer.\n",
                        "f.yaml:4:2", "this line is indented less than the key above it",
                        "to continue the value of \"mission\" on line 3, indent this line further than \"mission:\"",
                        List.of("  2 |   - id: ae",
                                "  3 |     mission: Turns a first meeting",
                                "> 4 |  into a signed customer.",
                                "    |  ^")),
                arguments("colon and space inside a value",
                        "title: Discovery\nsummary: Goal: learn the pain\n",
                        "f.yaml:2:14", "the value of \"summary\" contains \": \", which YAML reads as the start of another key",
                        "put the value in quotes: summary: \"Goal: learn the pain\"",
                        List.of("  1 | title: Discovery",
                                "> 2 | summary: Goal: learn the pain",
                                "    |              ^")),
                arguments("list in brackets never closed",
                        "title: Discovery\naudience: [ae, bdr\nowner: ae\n",
                        "f.yaml:2:11", "the list that starts with \"[\" here is never closed",
                        "close it with \"]\" on the same line, such as [ae, bdr]; if the value is text, put it in quotes",
                        List.of("  1 | title: Discovery",
                                "> 2 | audience: [ae, bdr",
                                "    |           ^",
                                "  3 | owner: ae")),
                arguments("text after a list in brackets",
                        "title: [Draft] Discovery\n",
                        "f.yaml:1:16", "a value that starts with \"[\" is read as a list, and text follows it",
                        "put the whole value in quotes: \"[Draft] Discovery\"",
                        List.of("> 1 | title: [Draft] Discovery",
                                "    |                ^")),
                arguments("value starting with a reserved sign",
                        "title: Discovery\nowner: @sales-manager\n",
                        "f.yaml:2:8", "a value cannot start with \"@\"",
                        "put the value in quotes: \"@sales-manager\"",
                        List.of("  1 | title: Discovery",
                                "> 2 | owner: @sales-manager",
                                "    |        ^")),
                arguments("value starting with an asterisk",
                        "title: *Draft* Discovery\n",
                        "f.yaml:1:8", "a value cannot start with \"*\"",
                        "put the value in quotes: \"*Draft* Discovery\"",
                        List.of("> 1 | title: *Draft* Discovery",
                                "    |        ^")),
                arguments("list item in asterisks",
                        "mql_criteria:\n  - *Ten or more* field technicians\n",
                        "f.yaml:2:5", "a value cannot start with \"*\"",
                        "put the value in quotes: \"*Ten or more* field technicians\"",
                        List.of("  1 | mql_criteria:",
                                "> 2 |   - *Ten or more* field technicians",
                                "    |     ^")),
                arguments("value starting with >",
                        "title: > 5 deals a month\n",
                        "f.yaml:1:8", "a value cannot start with \">\"",
                        "put the value in quotes: \"> 5 deals a month\"",
                        List.of("> 1 | title: > 5 deals a month",
                                "    |        ^")),
                arguments("stray closing bracket",
                        "title: Roles\n]\n",
                        "f.yaml:2:1", "a line cannot start with \"]\" here",
                        "remove the \"]\"; if it belongs to the text, put the whole value in quotes",
                        List.of("  1 | title: Roles",
                                "> 2 | ]",
                                "    | ^")),
                arguments("first key indented",
                        "  kind: roles\ntitle: Roles\n",
                        "f.yaml:2:1", "this line is indented less than the first line",
                        "start the top-level keys at the beginning of their lines, with no spaces before them",
                        List.of("  1 |   kind: roles",
                                "> 2 | title: Roles",
                                "    | ^")),
                arguments("second document",
                        "kind: roles\n---\ntitle: Roles\n",
                        "f.yaml:2:1", "a second document starts here",
                        "a content file holds one document: remove this \"---\" line",
                        List.of("  1 | kind: roles",
                                "> 2 | ---",
                                "    | ^",
                                "  3 | title: Roles"))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slips")
    void saysSyntaxErrorsInPlainWordsWhereTheSlipIs(String slip, String yaml, String position, String message, String hint,
                                                    List<String> excerpt) {
        List<Problem> found = reader.read("f.yaml", yaml, 0).problems();
        assertEquals(1, found.size(), found.toString());
        Problem problem = found.get(0);
        assertEquals("yaml.syntax", problem.ruleId());
        assertEquals(position, problem.position().toString());
        assertEquals(message, problem.message());
        assertEquals(Optional.of(hint), problem.hint());
        assertEquals(excerpt, Excerpt.of(yaml, problem.position()).orElseThrow().render());
    }

    @Test
    void placesSyntaxErrorsInFrontMatterByTheLineOfTheFile() {
        String page = "---\ntitle: Discovery call\nowner: ae\n  audience: [ae]\n---\n\nBody\n";
        Problem problem = reader.read("page.md", "title: Discovery call\nowner: ae\n  audience: [ae]\n", 1).problems().get(0);
        assertEquals("page.md:4:3: error [yaml.syntax] this line is indented more than the key above it"
                + System.lineSeparator() + "    hint: start \"audience:\" where \"owner:\" starts on line 3", problem.format());
        assertEquals(List.of("  2 | title: Discovery call", "  3 | owner: ae", "> 4 |   audience: [ae]", "    |   ^", "  5 | ---"),
                Excerpt.of(page, problem.position()).orElseThrow().render());
    }

    @Test
    void rejectsDuplicateKeys() {
        assertEquals(List.of("f.yaml:3:1: error [yaml.duplicate-key] duplicate key \"title\" (first defined at line 1)"
                        + System.lineSeparator() + "    hint: remove one of the two; YAML keeps only one value per key"),
                problems("title: one\nowner: x\ntitle: two\n"));
    }

    @Test
    void rejectsCustomAndLanguageTags() {
        List<String> found = problems("title: !!java/object:java.lang.Runtime {}\nother: !custom x\n");
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("f.yaml:1:8: error [yaml.tag] tag tag:yaml.org,2002:java/object:java.lang.Runtime is not allowed"), found.get(0));
        assertTrue(found.get(1).startsWith("f.yaml:2:8: error [yaml.tag] tag !custom is not allowed"), found.get(1));
    }

    /**
     * {@code a: &a <first list>}, then anchors b .. {@code last}, each a list of ten aliases of the one
     * before: every level multiplies the values by ten.
     */
    private static String aliasChain(String firstList, char last) {
        StringBuilder yaml = new StringBuilder("a: &a " + firstList + "\n");
        char previous = 'a';
        for (char name = 'b'; name <= last; name++) {
            yaml.append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = name;
        }
        return yaml.toString();
    }

    @Test
    void stopsAliasExpansionBombs() {
        List<String> found = problems(aliasChain("[x, x, x, x, x, x, x, x, x, x]", 'j'));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("f.yaml:1:1: error [yaml.limit] the document uses more than 50 aliases"), found.get(0));
    }

    @Test
    void stopsExpansionWithinTheAliasLimit() {
        // 7 levels of 10 aliases each: 70 aliases would be refused, so use fewer, larger lists
        List<String> found = problems(aliasChain("[" + "x, ".repeat(999) + "x]", 'e'));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("[yaml.limit] document expands to more than 200000 values"), found.get(0));
    }

    @Test
    void limitsNestingDepth() {
        String deep = "[".repeat(200) + "]".repeat(200);
        List<String> found = problems("a: " + deep + "\n");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("f.yaml:1:"), found.get(0));
        assertTrue(found.get(0).contains("[yaml.limit] nesting is deeper than 64 levels"), found.get(0));
    }

    @Test
    void offsetsLinesForFrontMatter() {
        Problem problem = reader.read("page.md", "title: x\nowner: y\ntitle: z\n", 1).problems().get(0);
        assertEquals("page.md:4:1", problem.position().toString());
    }
}
