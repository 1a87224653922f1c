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
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a reader sees of the sample's pages, in Chromium: nothing on a page that is not meant to be seen. */
@Tag("browser")
class PageLayoutBrowserTest {

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

    /** The sample site, served, and a browser. */
    private Path serveSample() {
        Path site = dir.resolve("site");
        Report report = new Generator().build(new BuildRequest(Path.of("..", "content"), site, Optional.empty(), TestPlaybook.SAMPLE_TODAY));
        assertFalse(report.hasErrors(), report.problems().toString());
        server = SiteServer.start(site, 0);
        browser = Browser.start();
        return site;
    }

    /** The first thing under the page's header, outside its contents list: what the reader came for. */
    private static final String FIRST_CONTENT = """
            var all = document.querySelectorAll('.page-content *');
            for (var i = 0; i < all.length; i++) {
              var el = all[i];
              if (el.closest('.toc') || el.closest('[hidden]')) continue;
              var r = el.getBoundingClientRect();
              if (r.height > 0 && r.width > 0) return {top: r.top, what: el.tagName + '.' + el.className};
            }
            return null;""";

    /** Elements that stick out of the viewport sideways, except inside something that scrolls or clips them. */
    private static final String TOO_WIDE = """
            var width = document.documentElement.clientWidth, wide = [];
            document.querySelectorAll('body *').forEach(function (el) {
              var r = el.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) return;
              for (var p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                var o = getComputedStyle(p).overflowX;
                if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return;
              }
              if (r.right > width + 0.5 || r.left < -0.5) wide.push(el.tagName + '.' + el.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
            });
            return {wide: wide.slice(0, 5), scrollWidth: document.documentElement.scrollWidth, width: width};""";

    @Test
    void onAPhoneEveryPageStartsItsContentOnTheFirstScreenAndNothingIsWiderThanTheScreen() throws java.io.IOException {
        Path site = serveSample();
        Browser.emulateScreen(browser, 390, 844, true);
        List<String> pages;
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        List<String> wrong = new java.util.ArrayList<>();
        for (String page : pages) {
            browser.get(server.url(page));
            Browser.awaitGlobal(browser, "PlaybookSearch");
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> first = (java.util.Map<String, Object>) browser.executeScript(FIRST_CONTENT);
            if (first == null) {
                wrong.add(page + ": no content");
            } else if (((Number) first.get("top")).doubleValue() > 844 - 48) {
                // at least a line of it shows: its top is a line above the bottom of the screen
                wrong.add(page + ": the content (" + first.get("what") + ") starts at " + first.get("top") + " px");
            }
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> width = (java.util.Map<String, Object>) browser.executeScript(TOO_WIDE);
            if (!((List<?>) width.get("wide")).isEmpty() || ((Number) width.get("scrollWidth")).intValue() > ((Number) width.get("width")).intValue()) {
                wrong.add(page + ": wider than the screen: " + width);
            }
        }
        assertTrue(pages.size() >= 40, "every page of the sample: " + pages.size());
        assertEquals(List.of(), wrong);
    }

    @Test
    void theAdmonitionIconSheetTakesNoSpace() {
        serveSample();
        browser.get(server.url("team/guides/discovery-call.html"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(driver -> !driver.findElements(By.cssSelector(".adm-block")).isEmpty());
        List<WebElement> sheets = browser.findElements(By.cssSelector("svg.adm-hidden"));
        assertFalse(sheets.isEmpty(), "the page has an admonition, so flexmark wrote its icon sheet: " + browser.getTitle());
        for (WebElement sheet : sheets) {
            assertFalse(sheet.isDisplayed(), "the sheet is shown");
            Object height = browser.executeScript("return arguments[0].getBoundingClientRect().height;", sheet);
            assertTrue(((Number) height).doubleValue() == 0, "the sheet takes " + height + " px");
        }
    }
}
