package dev.playbook.browser;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.serve.SiteServer;
import dev.playbook.testing.Browser;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Review overdue" is worked out again in the reader's browser from the reader's date: a site built on
 * 1 February (every page reviewed 15 January, a 90-day cadence, so due 15 April) is read in Chromium with its
 * clock fixed to another day.
 */
@Tag("browser")
class ReviewStateBrowserTest {

    @TempDir
    Path dir;

    private SiteServer server;
    private ChromeDriver browser;

    @AfterEach
    void close() {
        try {
            Browser.quitWithCleanConsole(browser);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** Builds the scaffold as of {@link TestPlaybook#TODAY} and opens a browser whose clock says {@code readOn}, at noon UTC. */
    private void readOn(LocalDate readOn) {
        Path site = dir.resolve("site");
        Report report = new Generator().build(new BuildRequest(TestPlaybook.scaffold(dir.resolve("content")).root(), site,
                Optional.empty(), TestPlaybook.TODAY));
        assertFalse(report.hasErrors(), report.problems().toString());
        server = SiteServer.start(site, 0);
        browser = Browser.start();
        long now = readOn.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
        // a fixed clock, as Playwright's clock installs one: Date without arguments and Date.now() say `now`
        browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "UTC"));
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "(function(){var N=" + now + ",R=Date;function F(){return arguments.length?new (Function.prototype.bind.apply(R,[null].concat([].slice.call(arguments))))():new R(N);}"
                        + "F.prototype=R.prototype;F.now=function(){return N;};F.UTC=R.UTC;F.parse=R.parse;window.Date=F;})();"));
    }

    private WebElement badge() {
        browser.get(server.url("team/sales-process.html"));
        Browser.awaitGlobal(browser, "playbookReview");
        return browser.findElement(By.cssSelector("p.page-meta .review-overdue"));
    }

    @Test
    void aPageBuiltBeforeItsDueDateIsOverdueWhenReadAfterIt() {
        readOn(LocalDate.of(2026, 5, 1));
        WebElement badge = badge();
        assertEquals("2026-04-15", badge.getAttribute("data-review-due"));
        assertTrue(badge.isDisplayed(), "read on 1 May, a review due on 15 April is overdue");
        assertEquals("overdue by 16 days", badge.getAttribute("title"));

        browser.get(server.url("review.html"));
        Browser.awaitGlobal(browser, "playbookReview");
        WebElement row = browser.findElement(By.cssSelector("tr.review-row[data-source='team/sales-process.yaml']"));
        assertEquals("overdue by 16 days", row.findElement(By.cssSelector(".review-status")).getText());
        assertTrue(row.getAttribute("class").contains("review-row--overdue"), row.getAttribute("class"));
        assertEquals("2026-05-01", browser.findElement(By.cssSelector("[data-review-today] time")).getText());
    }

    @Test
    void aPageIsNotOverdueWhileItsReviewIsStillDue() {
        readOn(LocalDate.of(2026, 4, 15));
        assertFalse(badge().isDisplayed(), "due today is not overdue");
        browser.get(server.url("review.html"));
        Browser.awaitGlobal(browser, "playbookReview");
        WebElement row = browser.findElement(By.cssSelector("tr.review-row[data-source='team/sales-process.yaml']"));
        assertEquals("due today", row.findElement(By.cssSelector(".review-status")).getText());
        assertTrue(row.getAttribute("class").contains("review-row--due"), row.getAttribute("class"));
    }
}
