package dev.playbook.browser;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.testing.Browser;
import dev.playbook.serve.SiteServer;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search on the built sample playbook, in headless Chromium, as a rep uses it. */
@Tag("browser")
class SearchBrowserTest {

    @TempDir
    static Path dir;
    static SiteServer server;
    ChromeDriver browser;

    @BeforeAll
    static void buildAndServe() throws Exception {
        Path site = dir.resolve("site");
        Report report = new Generator().build(new BuildRequest(Path.of("..", "content"), site, Optional.empty(), TestPlaybook.SAMPLE_TODAY));
        assertFalse(report.hasErrors(), report.problems().toString());
        server = SiteServer.start(site, 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void open() {
        browser = Browser.start();
    }

    /** Every test also checks that the browser console stayed clean. */
    @AfterEach
    void consoleIsClean() {
        Browser.quitWithCleanConsole(browser);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private List<WebElement> dropdownResults() {
        return browser.findElements(By.cssSelector("#site-search-results a[href]"));
    }

    @Test
    void slashFocusesTheBoxAndTypingShowsResults() {
        browser.get(server.url("team/roles.html"));
        new Actions(browser).sendKeys("/").perform();
        assertEquals("site-search-input", browser.switchTo().activeElement().getAttribute("id"), "/ focuses the search box");
        browser.switchTo().activeElement().sendKeys("exit criteria");
        waiting().until(d -> !dropdownResults().isEmpty());
        WebElement box = browser.findElement(By.id("site-search-results"));
        assertTrue(box.isDisplayed());
        assertEquals("true", browser.findElement(By.id("site-search-input")).getAttribute("aria-expanded"));
        WebElement first = dropdownResults().get(0);
        assertFalse(first.findElements(By.tagName("mark")).isEmpty(), "the snippet highlights the match: " + first.getText());
        assertTrue(first.getAttribute("href").matches(".*team/sales-process.html#stage-[a-z-]+-exit"), "the exit criteria of a stage: " + first.getAttribute("href"));
    }

    @Test
    void aResultOpensTheSectionWhereTheMatchIs() {
        browser.get(server.url("index.html"));
        WebElement input = browser.findElement(By.id("site-search-input"));
        input.sendKeys("redlines legal procurement");
        waiting().until(d -> !dropdownResults().isEmpty());
        String href = dropdownResults().get(0).getAttribute("href");
        assertTrue(href.endsWith("team/guides/negotiation.html#legal-and-procurement"), href);
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("negotiation.html"));
        assertTrue(browser.getCurrentUrl().endsWith("#legal-and-procurement"), browser.getCurrentUrl());
        JavascriptExecutor js = browser;
        assertEquals("legal-and-procurement", js.executeScript("var t = document.querySelector(':target'); return t && t.id;"));
        waiting().until(d -> Boolean.TRUE.equals(js.executeScript(
                "var r = document.getElementById('legal-and-procurement').getBoundingClientRect();"
                        + " return r.top >= 0 && r.top < window.innerHeight;")));
    }

    @Test
    void theSearchPageTakesQAndFacetsFilter() {
        browser.get(server.url("search.html?q=pipeline"));
        waiting().until(d -> !d.findElements(By.cssSelector("#search-page-results a[href]")).isEmpty());
        assertEquals("pipeline", browser.findElement(By.id("search-page-input")).getAttribute("value"));
        int all = resultCount();
        WebElement guides = browser.findElement(By.cssSelector("#search-page-facets input[name='kind'][value='guide']"));
        guides.click();
        waiting().until(d -> d.getCurrentUrl().contains("kind=guide"));
        waiting().until(d -> resultCount() < all);
        List<String> hrefs = resultLinks();
        assertFalse(hrefs.isEmpty());
        assertTrue(hrefs.stream().allMatch(h -> h.contains("/guides/")), "only guides: " + hrefs);

        browser.get(server.url("search.html?q=meeting"));
        waiting().until(d -> !resultLinks().isEmpty());
        assertTrue(resultLinks().stream().anyMatch(h -> h.contains("management/reporting.html")), "unfiltered: " + resultLinks());
        browser.get(server.url("search.html?q=meeting&stage=discovery"));
        waiting().until(d -> !resultLinks().isEmpty());
        assertTrue(browser.findElement(By.cssSelector("#search-page-facets input[name='stage'][value='discovery']")).isSelected());
        List<String> discovery = resultLinks();
        assertTrue(discovery.stream().anyMatch(h -> h.contains("team/guides/discovery-call.html")), discovery.toString());
        assertTrue(discovery.stream().noneMatch(h -> h.contains("leadership/compensation.html") || h.contains("management/reporting.html")),
                "pages about no stage, or other stages, are filtered out: " + discovery);
        assertTrue(discovery.stream().filter(h -> h.contains("team/sales-process.html")).allMatch(h -> h.contains("#stage-discovery-")),
                "on the sales process, the result is the Discovery stage: " + discovery);
    }

    /** On a phone (390 × 844) the first result shows without scrolling; the filters fold behind a Filter button that counts them. */
    @Test
    void onAPhoneTheResultsComeFirstAndTheFiltersFoldBehindAButton() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        Number viewport = (Number) browser.executeScript("return window.innerWidth;");
        org.junit.jupiter.api.Assumptions.assumeTrue(viewport.intValue() <= 420, "the browser would not size its window to a phone's");
        browser.get(server.url("search.html?q=pipeline"));
        waiting().until(d -> !resultLinks().isEmpty());
        WebElement first = browser.findElement(By.cssSelector("#search-page-results .search-result"));
        Number bottom = (Number) browser.executeScript("return arguments[0].getBoundingClientRect().bottom;", first);
        Number height = (Number) browser.executeScript("return window.innerHeight;");
        assertTrue(bottom.doubleValue() <= height.doubleValue(), "first result ends at " + bottom + " of " + height);
        WebElement filter = browser.findElement(By.id("search-page-filter"));
        assertTrue(filter.isDisplayed());
        assertEquals("Filter", filter.getText());
        assertFalse(browser.findElement(By.id("search-page-facets")).isDisplayed(), "the facets are folded");
        filter.click();
        assertTrue(browser.findElement(By.id("search-page-facets")).isDisplayed());
        browser.findElement(By.cssSelector("#search-page-facets input[name='kind'][value='guide']")).click();
        waiting().until(d -> d.findElement(By.id("search-page-filter")).getText().equals("Filter (1)"));
    }

    @Test
    void aQueryThatFindsNothingSuggestsWordsAndTheGlossary() {
        // three letters off: beyond the typos a query forgives (two in a long word), near enough to suggest
        browser.get(server.url("search.html?q=nygotyatiun"));
        waiting().until(d -> !d.findElements(By.cssSelector(".search-results__glossary a")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector(".search-results__glossary a")).getAttribute("href").endsWith("team/glossary.html"));
        List<String> suggestions = browser.findElements(By.cssSelector(".search-results__suggestion")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Negotiation"), suggestions, "the glossary term, and the same word of the index once");
        assertEquals(0, resultCount());
    }

    @Test
    void pagesAboutThePlaybookAreFoundOnlyUnderTheirFilter() {
        browser.get(server.url("search.html"));
        Map<String, Object> plain = search("completeness score", "{limit: 20}");
        assertTrue(((List<?>) plain.get("results")).stream().noneMatch(r -> String.valueOf(((Map<?, ?>) r).get("path")).equals("completeness.html")));
        assertTrue(((Number) ((Map<?, ?>) plain.get("about")).get("count")).intValue() >= 1, plain.get("about").toString());
        Map<String, Object> about = search("completeness score", "{limit: 20, filters: {about: true}}");
        assertTrue(((List<?>) about.get("results")).stream().anyMatch(r -> String.valueOf(((Map<?, ?>) r).get("path")).equals("completeness.html")));
    }

    private int resultCount() {
        return resultLinks().size();
    }

    private List<String> resultLinks() {
        return browser.findElements(By.cssSelector("#search-page-results .search-result a[href]")).stream()
                .map(a -> a.getAttribute("href")).distinct().toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> search(String query, String options) {
        Browser.awaitGlobal(browser, "PlaybookSearch");
        return (Map<String, Object>) Browser.async(browser,
                "var done = arguments[arguments.length - 1];"
                        + "PlaybookSearch.search(arguments[0], " + options + ").then(done, function (e) { done({error: String(e)}); });",
                query);
    }

    @Test
    void aStageFilterNarrowsTheSalesProcessToThatStagesSection() {
        browser.get(server.url("search.html"));
        Map<String, Object> result = search("exit criteria", "{filters: {stage: ['evaluation']}}");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) result.get("results");
        Map<String, Object> process = results.stream().filter(r -> "team/sales-process.html".equals(r.get("path"))).findFirst().orElseThrow();
        assertEquals("stage-evaluation-exit", process.get("sectionId"));
    }
}
