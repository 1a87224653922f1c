package dev.playbook.markdown;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz targets of the Markdown stage (issue 12). Every run of {@code mvn verify} replays the inputs under
 * {@code src/test/resources/dev/playbook/markdown/MarkdownFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes
 * (docs/fuzzing.md). Properties: no exception, no script survives a reparse of the output, links have
 * positions inside the text, and a run takes bounded time.
 */
class MarkdownFuzzTest {

    private static final long BOUND_NANOS = 10_000_000_000L;

    private final MarkdownConverter converter = new MarkdownConverter();

    @FuzzTest(maxDuration = "90s")
    void markdownToSanitizedHtml(FuzzedDataProvider data) {
        String markdown = data.consumeRemainingAsString();
        long start = System.nanoTime();
        for (ConvertedMarkdown converted : new ConvertedMarkdown[] {converter.convert(markdown), converter.convertInline(markdown)}) {
            assertNoScript(converted.html());
            if (converted.refusal().isPresent()) {
                assertEquals("", converted.html());
            }
        }
        assertTrue(System.nanoTime() - start < BOUND_NANOS, "a conversion took more than 10 s");
    }

    @FuzzTest(maxDuration = "90s")
    void linkExtractor(FuzzedDataProvider data) {
        String markdown = data.consumeRemainingAsString();
        long start = System.nanoTime();
        int lines = markdown.split("\n", -1).length;
        for (LinkRef link : converter.links(markdown)) {
            assertTrue(link.line() >= 1 && link.line() <= lines, link.toString());
            assertTrue(link.column() >= 1, link.toString());
        }
        converter.refusal(markdown);
        assertTrue(System.nanoTime() - start < BOUND_NANOS, "link extraction took more than 10 s");
    }

    /** As a browser would see it, after parsing the output again: no script element, no on* handler, no script URL. */
    static void assertNoScript(String html) {
        for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
            assertFalse(element.tagName().equalsIgnoreCase("script"), html);
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), html);
                String value = attribute.getValue().replaceAll("[\\x00-\\x20\\x7f]+", "").toLowerCase(Locale.ROOT);
                assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:"), html);
            }
        }
    }
}
