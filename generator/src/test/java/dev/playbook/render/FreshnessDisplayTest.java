package dev.playbook.render;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each page says when it was reviewed and by whom, or that its review is overdue; the site has score and rules pages. */
class FreshnessDisplayTest {

    @TempDir
    Path dir;

    private Element meta(LocalDate today) throws IOException {
        Path content = TestPlaybook.scaffold(dir.resolve("content")).root();
        Path site = dir.resolve("site-" + today);
        new Generator().build(new BuildRequest(content, site, Optional.empty(), today));
        return Jsoup.parse(site.resolve("team/sales-process.html").toFile()).selectFirst("p.page-meta");
    }

    @Test
    void showsReviewerAndDate() throws IOException {
        Element meta = meta(TestPlaybook.TODAY);
        assertTrue(meta.text().contains("Sales Manager"), meta.text());
        assertEquals("2026-01-15", meta.selectFirst("time").attr("datetime"));
        assertTrue(meta.select(".review-overdue:not([hidden]), .is-overdue, .badge--overdue").isEmpty(), meta.outerHtml());
        // the badge is there, hidden, for the browser to show once the reader's date passes the due date
        assertEquals("2026-04-15", meta.selectFirst(".review-overdue[hidden]").attr("data-review-due"));
    }

    @Test
    void flagsAnOverdueReview() throws IOException {
        Element meta = meta(TestPlaybook.TODAY.plusDays(120));
        assertTrue(meta.text().toLowerCase().contains("review overdue"), meta.text());
    }

    @Test
    void siteHasCompletenessAndRulesPagesLinkedFromEveryPage() throws IOException {
        Path content = TestPlaybook.scaffold(dir.resolve("content")).root();
        Path site = dir.resolve("site");
        new Generator().build(new BuildRequest(content, site, Optional.empty(), TestPlaybook.TODAY));
        var rules = Jsoup.parse(site.resolve("rules.html").toFile());
        assertTrue(rules.select("tr#rule-process\\.buyer-outcomes").text().contains("error"));
        assertTrue(rules.select("tr#rule-freshness\\.overdue").text().contains("warning"));
        var score = Jsoup.parse(site.resolve("completeness.html").toFile());
        assertTrue(score.selectFirst(".completeness-overall").text().matches("\\d+%"), "a fresh playbook has a score, and it is not 100%");
        assertFalse(score.selectFirst(".completeness-overall").text().equals("100%"));
        var process = Jsoup.parse(site.resolve("team/sales-process.html").toFile());
        assertTrue(process.select("footer a[href$=rules.html]").size() == 1 && process.select("footer a[href$=completeness.html]").size() == 1);
    }
}
