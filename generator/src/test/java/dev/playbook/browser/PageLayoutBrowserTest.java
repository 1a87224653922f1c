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
    void theSalesProcessPrintsOnAboutAsManyPagesAsItsContentFillsWithoutItsNavigation() {
        serveSample();
        browser.get(server.url("team/sales-process.html"));
        Browser.awaitGlobal(browser, "PlaybookSearch");
        org.openqa.selenium.print.PrintOptions options = new org.openqa.selenium.print.PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0)); // A4
        options.setPageMargin(new org.openqa.selenium.print.PageMargin(1.6, 1.4, 1.6, 1.4));
        byte[] pdf = java.util.Base64.getDecoder().decode(browser.print(options).getContent());
        int pages = (int) java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).results().count();
        // the content's height in print: A4 less the margins is 18.2 cm wide and 26.5 cm high, 688 x 1002 CSS px
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        Browser.emulateScreen(browser, 688, 1002, false);
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight;");
        Boolean navigationShown = (Boolean) browser.executeScript(
                "return ['.site-nav', '.site-header', '.breadcrumbs', '.toc', '.page-neighbours'].some(function (s) {"
                        + " var e = document.querySelector(s); return e && e.getBoundingClientRect().height > 0; });");
        int filled = (int) Math.ceil(height.doubleValue() / 1002);
        assertTrue(pages <= filled + 1, pages + " pages for " + filled + " pages of content: blank space where a stage would not split");
        assertFalse(navigationShown, "navigation on paper");
    }

    @Test
    void darkModeFollowsTheSystemUntilTheReaderChoosesAndRemembersTheChoice() {
        serveSample();
        Browser.emulateColorScheme(browser, "dark");
        browser.get(server.url("team/sales-process.html"));
        Browser.awaitTheme(browser, "dark");
        WebElement toggle = browser.findElement(By.cssSelector(".theme-toggle"));
        assertTrue(toggle.isDisplayed());
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        toggle.click();
        Browser.awaitTheme(browser, "light");
        browser.get(server.url("management/metrics.html"));
        Browser.awaitTheme(browser, "light"); // remembered on the next page, against the system's dark
        assertEquals("false", browser.findElement(By.cssSelector(".theme-toggle")).getAttribute("aria-pressed"));
        Object background = browser.executeScript("return getComputedStyle(document.body).backgroundColor;");
        assertEquals("rgb(255, 255, 255)", background);
        browser.findElement(By.cssSelector(".theme-toggle")).click();
        Browser.awaitTheme(browser, "dark");
        assertEquals("rgb(18, 23, 30)", browser.executeScript("return getComputedStyle(document.body).backgroundColor;"));
    }

    @Test
    void theContentsMarkTheSectionBeingReadAndHeadingsLinkToThemselves() {
        serveSample();
        Browser.emulateScreen(browser, 1366, 900, false);
        browser.get(server.url("team/sales-process.html"));
        Browser.awaitGlobal(browser, "PlaybookSearch");
        assertTrue(browser.findElement(By.cssSelector(".toc details")).getAttribute("open") != null, "open beside the content on a wide screen");
        List<WebElement> stages = browser.findElements(By.cssSelector("section.stage"));
        WebElement third = stages.get(2);
        browser.executeScript("window.scrollTo({top: arguments[0].getBoundingClientRect().top + window.scrollY - 80, behavior: 'instant'});", third);
        String expected = "#" + third.getAttribute("id");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5)).until(d -> d
                .findElements(By.cssSelector(".toc a[aria-current=location]")).stream().anyMatch(a -> expected.equals(a.getDomAttribute("href"))));
        assertEquals(1, browser.findElements(By.cssSelector(".toc a[aria-current=location]")).size());
        WebElement anchor = third.findElement(By.cssSelector("h2 .heading-anchor"));
        assertEquals("#" + third.getAttribute("id"), anchor.getDomAttribute("href"), "a stage's heading links to the stage");
        // the header stays in view on a wide screen
        Number headerTop = (Number) browser.executeScript("return document.querySelector('.site-header').getBoundingClientRect().top;");
        assertEquals(0, headerTop.intValue());
        // navigation groups fold: the reader's own playbook is open, the others closed
        WebElement leadership = browser.findElement(By.cssSelector(".nav-section[data-nav-group=leadership] .nav-group-toggle"));
        assertEquals("false", leadership.getAttribute("aria-expanded"));
        assertFalse(browser.findElement(By.id("nav-leadership")).isDisplayed());
        leadership.click();
        assertTrue(browser.findElement(By.id("nav-leadership")).isDisplayed());
        assertEquals("true", browser.findElement(By.cssSelector(".nav-section[data-nav-group=team] .nav-group-toggle")).getAttribute("aria-expanded"));
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
