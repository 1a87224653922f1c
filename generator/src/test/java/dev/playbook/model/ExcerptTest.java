package dev.playbook.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExcerptTest {

    private static final String YAML = "kind: sales-process\ntitle: Sales process\nstages:\n  - id: discovery\n    owner: nobody\n    name: Discovery\n\n\n";

    @Test
    void showsTheLinesAroundWithAMarkerUnderTheColumn() {
        Excerpt excerpt = Excerpt.of(YAML, new Position("team/sales-process.yaml", 5, 12)).orElseThrow();
        assertEquals(List.of(
                "  3 | stages:",
                "  4 |   - id: discovery",
                "> 5 |     owner: nobody",
                "    |            ^",
                "  6 |     name: Discovery"), excerpt.render(), "trailing blank lines are left out");
    }

    @Test
    void atTheFirstLineThereIsNothingBefore() {
        assertEquals(List.of("> 1 | kind: sales-process", "    | ^", "  2 | title: Sales process", "  3 | stages:"),
                Excerpt.of(YAML, new Position("x.yaml", 1, 1)).orElseThrow().render());
    }

    @Test
    void wideNumbersKeepTheGutterAligned() {
        String text = "a\n".repeat(9) + "tab\there\n" + "b\n";
        assertEquals(List.of("   8 | a", "   9 | a", "> 10 | tab here", "     |     ^", "  11 | b"),
                Excerpt.of(text, new Position("x.md", 10, 5)).orElseThrow().render());
    }

    @Test
    void aWholeFileOrALineBeyondTheTextHasNoExcerpt() {
        assertEquals(Optional.empty(), Excerpt.of(YAML, Position.ofFile("x.yaml")));
        assertEquals(Optional.empty(), Excerpt.of("one line", new Position("x.yaml", 3, 1)));
    }
}
