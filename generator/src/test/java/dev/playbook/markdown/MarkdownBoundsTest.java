package dev.playbook.markdown;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Markdown costs time in proportion to its length (issue 12): the pages that took minutes with flexmark's
 * own parsers (quadratic on one long paragraph) convert in seconds, and the parsers that make that so give
 * the same HTML as flexmark's on every page we have. The time limits are ten times what the cases take on a
 * busy machine and a tenth of what they took before; figures are measured by the report's command, not here.
 */
class MarkdownBoundsTest {

    private static final Duration BOUND = Duration.ofSeconds(60);

    private final MarkdownConverter converter = new MarkdownConverter();

    @Test
    void thirtyThousandLinksInOneParagraph() {
        String page = IntStream.range(0, 30_000).mapToObj(i -> "[l" + i + "](https://example.com/" + i + ")").collect(Collectors.joining(" ")) + "\n";
        ConvertedMarkdown converted = assertTimeoutPreemptively(BOUND, () -> converter.convert(page));
        assertEquals(30_000, converted.links().size());
        assertEquals(new LinkRef("https://example.com/29999", 1, page.lastIndexOf("[l29999]") + 1), converted.links().get(29_999));
    }

    @Test
    void twoMegabytesOfEntities() {
        String page = "&#x41;".repeat(2 * 1024 * 1024 / 6) + "\n";
        ConvertedMarkdown converted = assertTimeoutPreemptively(BOUND, () -> converter.convert(page));
        assertEquals("<p>" + "A".repeat(2 * 1024 * 1024 / 6) + "</p>", converted.html());
    }

    @Test
    void tenThousandReferenceDefinitions() {
        String page = "See [the last][r9999].\n\n" + IntStream.range(0, 10_000).mapToObj(i -> "[r" + i + "]: https://example.com/" + i + "\n")
                .collect(Collectors.joining());
        ConvertedMarkdown converted = assertTimeoutPreemptively(BOUND, () -> converter.convert(page));
        assertEquals("<p>See <a href=\"https://example.com/9999\">the last</a>.</p>", converted.html());
        assertEquals(new LinkRef("https://example.com/9999", 10_002, 1), converted.links().get(converted.links().size() - 1));
    }

    @Test
    void aLinkLabelOfAHundredBackslashesThatNeverCloses() {
        // found by fuzzing: flexmark's link label pattern tries 2^n readings of n backslashes
        String page = "a~)\n\n[r]:[\n[" + "\\".repeat(100) + "r[r]&[\n";
        ConvertedMarkdown converted = assertTimeoutPreemptively(BOUND, () -> converter.convert(page));
        assertTrue(converted.html().contains("\\".repeat(50)), converted.html());
    }

    @Test
    void aParagraphOfSeventyThousandLines() {
        String page = "-x\n".repeat(70_000);
        ConvertedMarkdown converted = assertTimeoutPreemptively(BOUND, () -> converter.convert(page));
        assertTrue(converted.html().startsWith("<p>-x\n-x\n"), converted.html().substring(0, 20));
    }

    @Test
    void theLinearParsersGiveFlexmarksHtmlOnEveryPageWeHave() throws IOException {
        MarkdownConverter flexmark = MarkdownConverter.withFlexmarkParsers();
        List<String> pages = new ArrayList<>(List.of(
                "Title\n===\n\nSub\n---\n\n  ## Two ##\n\n#not a heading\n\ntext\n- - -\n\n-x\n--\n",
                "[a]: /u 'title'\n[b]:\n  /v\n\n[a] and [b][] and [c]\n\n| a | b |\n|---|---|\n| [a] | `x|y` |\n",
                "*a **b** _c_ ~~d~~* <span>raw</span> &amp; &#x41; &copy; \\* `code` <https://e.com> [x](y.md#z \"t\")\n",
                "> quote\n> - list\n>   1. ordered\n>\n> !!! note \"Title\"\n>     body\n\n- [ ] task\n- [x] done\n\n[TOC]\n",
                "[a\\]b]: /1\n[\\\\]: /2\n[\\[x]: /3\n[x\\\\\\]: /4\n[\\\\\\\\\\\\[y]: /5\n\n[a\\]b] [\\\\] [\\[x] [x\\\\\\] [foo\\] [\\\\\\\\\\\\[y]\n"));
        for (Path root : List.of(Path.of("..", "content"), TestPlaybook.fixturePath("complete"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    pages.add(Files.readString(file));
                }
            }
        }
        assertTrue(pages.size() > 10, "the sample and the fixture have guides");
        for (String page : pages) {
            ConvertedMarkdown ours = converter.convert(page);
            ConvertedMarkdown theirs = flexmark.convert(page);
            assertEquals(theirs.html(), ours.html(), page);
            assertEquals(theirs.links(), ours.links(), page);
            assertEquals(theirs.headings(), ours.headings(), page);
        }
    }

    @Test
    void onlyPatternsThatCanMatchOnlyAtTheIndexAreTriedThereOnly() {
        assertTrue(LinearInlineParser.isAnchored(java.util.regex.Pattern.compile("^[ \\t]*(?:a|b)")));
        assertTrue(LinearInlineParser.isAnchored(java.util.regex.Pattern.compile("^[|\\]]+")));
        assertFalse(LinearInlineParser.isAnchored(java.util.regex.Pattern.compile("^a|b")));
        assertFalse(LinearInlineParser.isAnchored(java.util.regex.Pattern.compile("a")));
        assertFalse(LinearInlineParser.isAnchored(java.util.regex.Pattern.compile("^a", java.util.regex.Pattern.MULTILINE)));
    }
}
