package dev.playbook.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.model.ReviewQueue;
import dev.playbook.report.ReportContext;
import dev.playbook.report.ReportFormat;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review queue: every page, its owner, last review and due date, soonest due first, by owner. */
class ReviewQueueTest {

    @TempDir
    Path dir;

    /** The complete fixture (every page reviewed 2026-01-15, a 90-day cadence) with three pages reviewed on other days. */
    private TestPlaybook playbook(Path where) {
        return TestPlaybook.complete(where)
                .replace("management/metrics.yaml", "last_reviewed: 2026-01-15", "last_reviewed: 2025-10-01") // due 2025-12-30: overdue
                .replace("leadership/compensation.yaml", "last_reviewed: 2026-01-15", "last_reviewed: 2025-12-01") // due 2026-03-01
                .replace("team/roles.yaml", "last_reviewed: 2026-01-15", "last_reviewed: 2026-01-31"); // due 2026-05-01, last
    }

    @Test
    void pagesComeSoonestDueFirstWithTheirDaysUntilDue() {
        TestPlaybook playbook = playbook(dir);
        ReviewQueue queue = playbook.check().reviewQueue();
        LocalDate today = playbook.today(); // 2026-02-01
        assertEquals(today, queue.today());
        assertEquals(90, queue.cadenceDays());
        List<ReviewQueue.Entry> entries = queue.entries();
        assertEquals("management/metrics.yaml", entries.get(0).file());
        assertEquals(Optional.of(LocalDate.of(2025, 12, 30)), entries.get(0).due());
        assertEquals(Optional.of(-33L), entries.get(0).daysUntilDue(today));
        assertEquals("overdue", entries.get(0).state(today));
        assertEquals("leadership/compensation.yaml", entries.get(1).file());
        assertEquals(Optional.of(28L), entries.get(1).daysUntilDue(today));
        assertEquals("due", entries.get(1).state(today));
        assertEquals("team/roles.yaml", entries.get(entries.size() - 1).file());
        for (int i = 1; i < entries.size(); i++) {
            assertFalse(entries.get(i).due().orElseThrow().isBefore(entries.get(i - 1).due().orElseThrow()), "sorted by due date");
        }
        assertEquals(playbook.check().pages() > 0, entries.size() >= 20, "every page is in the queue");
    }

    @Test
    void aPageNeverReviewedIsDueNowAndFirst() {
        TestPlaybook playbook = playbook(dir).replace("team/sales-process.yaml", "last_reviewed: 2026-01-15", "last_reviewed: soon");
        ReviewQueue.Entry first = playbook.check().reviewQueue().entries().get(0);
        assertEquals("team/sales-process.yaml", first.file());
        assertEquals(Optional.empty(), first.due());
        assertEquals("never reviewed", first.state(playbook.today()));
    }

    @Test
    void theReviewFormatIsTheQueueAsJsonByOwner() throws Exception {
        TestPlaybook playbook = playbook(dir);
        Report report = playbook.check();
        StringWriter out = new StringWriter();
        ReportFormat.byId("review").orElseThrow().write(new ReportContext(report, "content/", Set.of(), false, "test"), out);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("2026-02-01", json.at("/today").asText());
        assertEquals(90, json.at("/cadenceDays").asInt());
        JsonNode firstOwner = json.at("/owners/0");
        assertEquals(ownerOf(playbook, "management/metrics.yaml"), firstOwner.at("/owner").asText(), "the group with the most overdue page first");
        JsonNode first = firstOwner.at("/pages/0");
        assertEquals("content/management/metrics.yaml", first.at("/file").asText());
        assertEquals("2025-10-01", first.at("/lastReviewed").asText());
        assertEquals("2025-12-30", first.at("/due").asText());
        assertEquals(-33, first.at("/daysUntilDue").asInt());
        assertEquals("overdue", first.at("/state").asText());
        int pages = 0;
        for (JsonNode owner : json.at("/owners")) {
            String due = "";
            for (JsonNode page : owner.at("/pages")) {
                assertTrue(page.at("/due").asText().compareTo(due) >= 0, "each owner's pages by due date: " + owner);
                due = page.at("/due").asText();
                pages++;
            }
        }
        assertEquals(report.reviewQueue().entries().size(), pages);
    }

    @Test
    void theSiteHasAReviewQueuePage() throws Exception {
        TestPlaybook playbook = playbook(dir.resolve("content"));
        Path site = dir.resolve("site");
        Report report = new Generator().build(new BuildRequest(playbook.root(), site, Optional.empty(), playbook.today()));
        assertFalse(report.hasErrors(), report.problems().toString());
        Document page = Jsoup.parse(site.resolve("review.html").toFile());
        Element firstGroup = page.selectFirst("main section.review-owner");
        assertEquals(ownerOf(playbook, "management/metrics.yaml"), firstGroup.attr("data-owner"));
        Element row = firstGroup.selectFirst("tr.review-row");
        assertEquals("management/metrics.yaml", row.attr("data-source"));
        assertEquals("2025-12-30", row.attr("data-review-due"), "the browser works the state out again from this");
        assertEquals("overdue by 33 days", row.selectFirst(".review-status").text());
        assertTrue(row.hasClass("review-row--overdue"));
        assertEquals("management/metrics.html", row.selectFirst("a").attr("href"));
        assertEquals(report.reviewQueue().entries().size(), page.select("tr.review-row").size());
        Element roles = page.selectFirst("tr.review-row[data-source=team/roles.yaml]");
        assertEquals("due in 89 days", roles.selectFirst(".review-status").text());

        Document metrics = Jsoup.parse(site.resolve("management/metrics.html").toFile());
        Element badge = metrics.selectFirst("p.page-meta .review-overdue");
        assertEquals("2025-12-30", badge.attr("data-review-due"));
        assertFalse(badge.hasAttr("hidden"), "overdue at build time");
        Element notDue = Jsoup.parse(site.resolve("team/roles.html").toFile()).selectFirst("p.page-meta .review-overdue");
        assertTrue(notDue.hasAttr("hidden"), "there, for the browser to show once the reader's date passes 2026-05-01");
        assertTrue(page.select("footer a[href$=review.html]").size() + page.select("a[href$=review.html]").size() > 0,
                "the queue is linked from the site");
    }

    private static String ownerOf(TestPlaybook playbook, String file) {
        return playbook.read(file).lines().filter(l -> l.startsWith("owner:")).findFirst().orElseThrow().substring(6).trim();
    }
}
