package dev.playbook.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Heading ids are unique on a guide (issue 12): a heading's own "-1" does not take a repeated heading's id. */
class HeadingIdsTest {

    @Test
    void aHeadingThatLooksNumberedDoesNotShareTheIdOfARepeatedOne() {
        ConvertedMarkdown converted = new MarkdownConverter().convert("## Setup\n\n## Setup\n\n## Setup-1\n\n[TOC]\n");
        assertEquals(List.of("setup", "setup-1", "setup-1-1"), converted.headings().stream().map(Heading::id).toList());
        assertEquals(java.util.Set.of("setup", "setup-1", "setup-1-1"), converted.ids());
        assertEquals(3, org.jsoup.Jsoup.parse(converted.html()).select("a[href^=#setup]").size(), converted.html());
    }

    @Test
    void withRawHtmlTooTheIdsAreUnique() {
        ConvertedMarkdown converted = new MarkdownConverter().convert("## Setup\n\n<b>raw</b>\n\n## Setup\n\n## Setup-1\n");
        assertEquals(List.of("setup", "setup-1", "setup-1-1"), converted.headings().stream().map(Heading::id).toList());
    }
}
