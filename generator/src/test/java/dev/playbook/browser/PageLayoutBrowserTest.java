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

    @Test
    void theAdmonitionIconSheetTakesNoSpace() {
        Path site = dir.resolve("site");
        Report report = new Generator().build(new BuildRequest(Path.of("..", "content"), site, Optional.empty(), TestPlaybook.SAMPLE_TODAY));
        assertFalse(report.hasErrors(), report.problems().toString());
        server = SiteServer.start(site, 0);
        browser = Browser.start();
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
