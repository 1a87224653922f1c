package dev.playbook.browser;

import dev.playbook.api.Generator;
import dev.playbook.api.VersionsReport;
import dev.playbook.api.VersionsRequest;
import dev.playbook.testing.Browser;
import dev.playbook.serve.SiteServer;
import dev.playbook.testing.TestPlaybook;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The version filter of search, on a site published from two tags of a real repository. */
@Tag("browser")
@Tag("git")
class VersionedSearchBrowserTest {

    @TempDir
    static Path dir;
    static SiteServer server;
    ChromeDriver browser;

    private static PersonIdent at(long epochSecond) {
        return new PersonIdent("Enablement", "enablement@example.com", Date.from(Instant.ofEpochSecond(epochSecond)),
                TimeZone.getTimeZone("UTC"));
    }

    private static void release(Git git, String tag, long time) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().setUpdate(true).addFilepattern(".").call();
        git.commit().setMessage(tag).setAuthor(at(time)).setCommitter(at(time)).call();
        git.tag().setName(tag).call();
    }

    /** v1.0.0 has a guide on trade shows; v1.1.0 drops it and adds one on negotiation. Both have the discovery guide. */
    @BeforeAll
    static void publishTwoVersions() throws Exception {
        Path repo = dir.resolve("repo");
        TestPlaybook playbook = TestPlaybook.scaffold(repo.resolve("content"));
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            // a name with spaces and accents, in both versions: its URL is percent-encoded wherever a script makes it
            playbook.write("team/guides/R\u00e9union de d\u00e9couverte.md", "---\ntitle: R\u00e9union de d\u00e9couverte\nowner: ae\n"
                    + "last_reviewed: 2026-01-20\n---\n## Apr\u00e8s l'appel\n\nEnvoyez le compte rendu le jour m\u00eame.\n");
            playbook.write("team/guides/trade-shows.md", "---\ntitle: Trade shows\nowner: ae\nlast_reviewed: 2026-01-20\n---\n"
                    + "## Booth duty\n\nScan every badge at the booth and follow up within two days.\n");
            release(git, "v1.0.0", 1_768_500_000L);
            playbook.delete("team/guides/trade-shows.md");
            playbook.write("team/guides/negotiation.md", "---\ntitle: Negotiation\nowner: ae\nlast_reviewed: 2026-01-20\n---\n"
                    + "## Give and get\n\nTrade, never give. Every discovery of a new need is a chance to trade.\n");
            release(git, "v1.1.0", 1_769_000_000L);
        }
        Path site = dir.resolve("site");
        VersionsReport report = new Generator().buildVersions(new VersionsRequest(playbook.root(), site, Optional.empty(), "v*", false));
        assertFalse(report.hasErrors(), report.versions().toString());
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

    @AfterEach
    void consoleIsClean() {
        Browser.quitWithCleanConsole(browser);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> search(String query, String versions) {
        Browser.awaitGlobal(browser, "PlaybookSearch");
        Map<String, Object> result = (Map<String, Object>) Browser.async(browser,
                "var done = arguments[arguments.length - 1];"
                        + "PlaybookSearch.search(arguments[0], {versions: arguments[1]}).then(done, function (e) { done({error: String(e)}); });",
                query, versions);
        assertFalse(result.containsKey("error"), String.valueOf(result.get("error")));
        return (List<Map<String, Object>>) result.get("results");
    }

    @Test
    void currentVersionByDefaultAllVersionsOnRequestWithTheCurrentFirst() {
        browser.get(server.url("v1.1.0/search.html"));
        assertEquals(List.of(), search("badge booth", "current"), "trade shows are not in v1.1.0");
        List<Map<String, Object>> old = search("badge booth", "all");
        assertFalse(old.isEmpty());
        assertEquals("v1.0.0", old.get(0).get("version"));
        assertTrue(String.valueOf(old.get(0).get("url")).contains("v1.0.0/team/guides/trade-shows.html"), old.get(0).toString());

        List<Map<String, Object>> both = search("discovery", "all");
        List<Object> versions = both.stream().map(r -> r.get("version")).toList();
        assertTrue(versions.contains("v1.0.0") && versions.contains("v1.1.0"), versions.toString());
        int lastCurrent = versions.lastIndexOf("v1.1.0");
        int firstOther = versions.indexOf("v1.0.0");
        assertTrue(lastCurrent < firstOther, "the current version ranks first: " + versions);
    }

    private static final String GUIDE_URL = "team/guides/R%C3%A9union%20de%20d%C3%A9couverte.html";

    @Test
    void theVersionSwitcherKeepsTheReaderOnAPageNamedWithSpacesAndAccents() {
        browser.get(server.url("v1.0.0/" + GUIDE_URL));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(d -> !d.findElements(By.cssSelector(".version-banner:not([hidden]) a")).isEmpty());
        assertEquals("../../../latest/" + GUIDE_URL, browser.findElement(By.cssSelector(".version-banner a")).getDomAttribute("href"),
                "the outdated banner leads to the same page in latest/, found in its pages.json");
        wait.until(d -> !d.findElements(By.cssSelector("#version-select option[value='v1.1.0/']")).isEmpty());
        new Select(browser.findElement(By.id("version-select"))).selectByValue("v1.1.0/");
        wait.until(d -> d.getCurrentUrl().endsWith("/v1.1.0/" + GUIDE_URL));
        assertEquals("R\u00e9union de d\u00e9couverte", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void aSearchResultOnAPageNamedWithSpacesAndAccentsLinksToItsEncodedUrl() {
        browser.get(server.url("v1.1.0/search.html?q=compte+rendu"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(d -> !d.findElements(By.cssSelector("#search-page-results .search-result a[href]")).isEmpty());
        WebElement first = browser.findElement(By.cssSelector("#search-page-results .search-result a[href]"));
        assertEquals(GUIDE_URL + "#apr%C3%A8s-lappel", first.getDomAttribute("href"), "the path from pages.json, encoded as the pages write it");
        first.click();
        wait.until(d -> d.getCurrentUrl().endsWith("/v1.1.0/" + GUIDE_URL + "#apr%C3%A8s-lappel"));
        assertEquals("apr\u00e8s-lappel", ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("var t = document.querySelector(':target'); return t && t.id;"), "the section is found by its decoded id");
    }

    @Test
    void theVersionSelectorOfTheSearchPageSearchesOtherVersions() {
        browser.get(server.url("v1.1.0/search.html?q=badge+booth"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(d -> d.findElement(By.id("search-page-results")).getText().contains("No results"));
        new Select(browser.findElement(By.id("search-page-versions"))).selectByValue("all");
        wait.until(d -> d.getCurrentUrl().contains("versions=all"));
        wait.until(d -> !d.findElements(By.cssSelector("#search-page-results .search-result a[href]")).isEmpty());
        WebElement first = browser.findElement(By.cssSelector("#search-page-results .search-result a[href]"));
        assertTrue(first.getAttribute("href").contains("/v1.0.0/team/guides/trade-shows.html"), first.getAttribute("href"));
        assertTrue(browser.findElement(By.id("search-page-results")).getText().contains("v1.0.0"), "results from another version say which");
    }
}
