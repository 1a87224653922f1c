package dev.playbook.browser;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.model.TakeAways;
import dev.playbook.serve.SiteServer;
import dev.playbook.testing.Browser;
import dev.playbook.testing.TestPlaybook;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reader's role, remembered from the home page into the search page's filter, and the offline pack opened from files. */
@Tag("browser")
class TakeAwaysBrowserTest {

    @TempDir
    static Path dir;
    static Path site;
    static SiteServer server;
    ChromeDriver browser;

    @BeforeAll
    static void buildAndServe() {
        site = dir.resolve("site");
        Report report = new Generator().build(new BuildRequest(Path.of("..", "content"), site, Optional.empty(), TestPlaybook.SAMPLE_TODAY,
                false, new TakeAways(false, true)));
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

    @AfterEach
    void consoleIsClean() {
        Browser.quitWithCleanConsole(browser);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void theRoleChosenOnTheHomePageIsTheSearchPagesFilter() {
        browser.get(server.url("search.html?q=pipeline"));
        waiting().until(d -> !d.findElements(By.cssSelector("#search-page-results a[href]")).isEmpty());
        assertFalse(browser.getCurrentUrl().contains("role="), "no role chosen yet: no filter");

        browser.get(server.url("index.html"));
        browser.findElement(By.cssSelector("[data-role-chooser] a[data-role='ae']")).click();
        waiting().until(ExpectedConditions.urlContains("roles/ae.html"));

        browser.get(server.url("search.html?q=pipeline"));
        waiting().until(d -> !d.findElements(By.cssSelector("#search-page-facets input[name='role'][value='ae']")).isEmpty());
        assertTrue(browser.getCurrentUrl().contains("role=ae"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector("#search-page-facets input[name='role'][value='ae']")).isSelected(),
                "the search page filters by the remembered role");

        browser.get(server.url("search.html?q=pipeline&role=bdr"));
        waiting().until(d -> !d.findElements(By.cssSelector("#search-page-facets input[name='role'][value='bdr']")).isEmpty());
        assertFalse(browser.getCurrentUrl().contains("role=ae"), "a link that names a role keeps it: " + browser.getCurrentUrl());

        browser.get(server.url("index.html"));
        WebElement mine = browser.findElement(By.cssSelector("[data-role-chooser] a.is-mine"));
        assertEquals("ae", mine.getAttribute("data-role"));
        assertTrue(browser.findElement(By.cssSelector(".role-chooser__mine")).isDisplayed());
        // a role remembered from another playbook (or version) that this one does not have filters nothing out
        browser.executeScript("window.localStorage.setItem('playbook.role', 'no-such-role')");
        browser.get(server.url("search.html?q=pipeline"));
        waiting().until(d -> !d.findElements(By.cssSelector("#search-page-results a[href]")).isEmpty());
        assertFalse(browser.getCurrentUrl().contains("role="), browser.getCurrentUrl());
        browser.executeScript("window.localStorage.setItem('playbook.role', 'ae')");
    }

    @Test
    void theOfflinePackSearchesFromTheFileSystem() throws IOException {
        assertEquals("playbook.zip", org.jsoup.Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8")
                .selectFirst("a.download--offline").attr("href"));
        Path unpacked = dir.resolve("unpacked");
        unzip(site.resolve("playbook.zip"), unpacked);
        assertTrue(Files.exists(unpacked.resolve("search/offline.js")));

        browser.get(unpacked.resolve("team/roles.html").toUri().toString());
        Browser.awaitGlobal(browser, "PlaybookSearch");
        browser.findElement(By.id("site-search-input")).sendKeys("champion");
        waiting().until(d -> !d.findElements(By.cssSelector("#site-search-results a[href]")).isEmpty());
        List<String> hrefs = browser.findElements(By.cssSelector("#site-search-results a[href]")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertTrue(hrefs.stream().allMatch(h -> h.startsWith("file:")), hrefs.toString());
        assertTrue(browser.findElement(By.cssSelector("#site-search-results")).getText().toLowerCase().contains("champion"));

        browser.get(unpacked.resolve("search.html").toUri() + "?q=exit+criteria");
        waiting().until(d -> !d.findElements(By.cssSelector("#search-page-results a[href]")).isEmpty());
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), entry.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
    }
}
