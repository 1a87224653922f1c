package dev.playbook.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A task list's boxes are read-only and named by their state: no unlabelled form field for a screen reader. */
class TaskListTest {

    private final MarkdownConverter markdown = new MarkdownConverter();

    @Test
    void everyBoxIsNamedByItsState() {
        assertEquals(List.of("not done|false", "done|true"), boxes("- [ ] Map the buying group\n- [x] Send the recap\n"));
    }

    @Test
    void soInAPageWithRawHtmlThatIsSanitized() {
        assertEquals(List.of("not done|false", "done|true"),
                boxes("<kbd>Ctrl</kbd> opens it.\n\n- [ ] Map the buying group\n- [x] Send the recap\n"));
    }

    private List<String> boxes(String text) {
        return Jsoup.parseBodyFragment(markdown.convert(text).html()).select("input[type=checkbox]").stream()
                .map((Element box) -> box.attr("aria-label") + "|" + box.hasAttr("checked") + (box.hasAttr("disabled") ? "" : "|enabled"))
                .toList();
    }
}
