package dev.playbook.load;

import dev.playbook.model.MapNode;
import dev.playbook.model.Problem;
import dev.playbook.model.ScalarNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void reportsSyntaxErrorsWithLineAndColumn() {
        assertEquals(List.of("f.yaml:2:11: error [yaml.syntax] mapping values are not allowed here"
                        + System.lineSeparator() + "    hint: quote the value when it contains \": \""),
                problems("title: ok\nsummary: a: b\n"));
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
