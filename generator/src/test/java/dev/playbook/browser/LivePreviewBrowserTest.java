package dev.playbook.browser;

import dev.playbook.api.Generator;
import dev.playbook.api.LivePreview;
import dev.playbook.api.PreviewBuild;
import dev.playbook.api.PreviewRequest;
import dev.playbook.testing.Browser;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code playbook serve} end to end, as an author uses it: the preview of a copy of the sample is open in
 * Chromium, files are saved on disk, and the page follows by itself; the test never navigates after opening it.
 */
@Tag("browser")
class LivePreviewBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private LivePreview preview;
    private ChromeDriver browser;
    private final BlockingQueue<PreviewBuild> builds = new LinkedBlockingQueue<>();

    @AfterEach
    void close() {
        try {
            Browser.quitWithCleanConsole(browser);
        } finally {
            if (preview != null) {
                preview.close();
            }
        }
    }

    @Test
    void editsShowUpErrorsShowInTheOverlayAndStylesChangeWithoutAReload() throws Exception {
        TestPlaybook playbook = TestPlaybook.sampleCopy(dir.resolve("content"));
        Path theme = Files.createDirectories(dir.resolve("theme/assets"));
        preview = new Generator().preview(new PreviewRequest(playbook.root(), Optional.of(dir.resolve("theme")),
                Optional.of(playbook.today()), InetAddress.getLoopbackAddress(), 0, PreviewRequest.QUIET), builds::add);
        assertTrue(builds.take().published());
        browser = Browser.start();
        browser.get(preview.url("team/guides/discovery-call.html"));
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        // an element read while the page reloads is gone: the wait looks again at the new page
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        browser.executeScript("window.sameDocument = true;");

        // a guide edit: the new text appears
        String guide = "team/guides/discovery-call.md";
        playbook.write(guide, playbook.read(guide) + "\nA sentence written during the test.\n");
        wait.until(driver -> driver.findElement(By.tagName("main")).getText().contains("A sentence written during the test."));

        // a broken YAML file: the overlay names the place; the page stays the last good one
        String roles = "team/roles.yaml";
        String good = playbook.read(roles);
        playbook.write(roles, good.replaceFirst("\nroles:\n", "\nroles:\n  - id: [\n"));
        wait.until(driver -> overlay() != null);
        String location = overlay().findElement(By.cssSelector(".location")).getText();
        assertTrue(location.matches(".*team/roles\\.yaml:\\d+:\\d+"), location);
        assertFalse(overlay().findElements(By.cssSelector(".excerpt, pre")).isEmpty(), "the lines around the problem are shown");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("A sentence written during the test."));

        // fixed: the overlay goes by itself
        playbook.write(roles, good);
        wait.until(driver -> overlay() == null);

        // a stylesheet edit: the style changes and the page was not reloaded
        browser.executeScript("window.sameDocument = true;");
        String css = new String(Generator.class.getResourceAsStream("/dev/playbook/theme/default/assets/playbook.css").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(theme.resolve("playbook.css"), css + "\nh1 { color: rgb(0, 128, 0) !important; }\n");
        wait.until(driver -> driver.findElement(By.tagName("h1")).getCssValue("color").contains("0, 128, 0"));
        assertEquals(Boolean.TRUE, browser.executeScript("return window.sameDocument === true;"), "styles swapped without a reload");
        assertFalse(preview.url("").isEmpty());
    }

    /** The error overlay's shadow root, or null while there is none. */
    private org.openqa.selenium.SearchContext overlay() {
        java.util.List<org.openqa.selenium.WebElement> hosts = browser.findElements(By.cssSelector("playbook-live-overlay"));
        try {
            return hosts.isEmpty() ? null : hosts.get(0).getShadowRoot();
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return null; // the overlay went between finding it and opening it: a clean build removed it
        }
    }
}
