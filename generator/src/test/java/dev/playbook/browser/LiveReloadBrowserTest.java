package dev.playbook.browser;

import dev.playbook.model.Excerpt;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.model.RuleId;
import dev.playbook.serve.LiveEvent;
import dev.playbook.serve.MemorySite;
import dev.playbook.serve.OverlayProblem;
import dev.playbook.serve.ServerOptions;
import dev.playbook.serve.SiteServer;
import dev.playbook.testing.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live preview in headless Chromium, as an author sees it: the server publishes what the watcher
 * would, and the test only looks; it never navigates after opening the page.
 */
@Tag("browser")
class LiveReloadBrowserTest {

    private MemorySite site;
    private SiteServer server;
    private ChromeDriver browser;

    @BeforeEach
    void serveAndOpen() {
        site = new MemorySite(files("Version one", "h1 { color: rgb(0, 0, 255); }"));
        server = SiteServer.start(site, ServerOptions.livePreview(0));
        browser = Browser.start();
    }

    /** Every test also checks that the browser console stayed clean. */
    @AfterEach
    void close() {
        try {
            Browser.quitWithCleanConsole(browser);
        } finally {
            server.close();
        }
    }

    /**
     * A long page, so that it scrolls, with its stylesheet; and a second page. The long page turns off the
     * browser's own scroll restoration (Chromium restores on reload by itself), so the test sees the live
     * client's.
     */
    private static Map<String, byte[]> files(String title, String css) {
        StringBuilder page = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\">"
                + "<title>Live</title><script>history.scrollRestoration = 'manual';</script>"
                + "<link rel=\"stylesheet\" href=\"assets/site.css\"></head><body><h1 id=\"title\">" + title + "</h1>");
        for (int i = 1; i <= 200; i++) {
            page.append("<p>Paragraph ").append(i).append(" of the guide.</p>");
        }
        page.append("</body></html>");
        Map<String, byte[]> files = new HashMap<>();
        files.put("index.html", page.toString().getBytes(StandardCharsets.UTF_8));
        files.put("other.html", "<!doctype html><title>Other</title><p>other</p>".getBytes(StandardCharsets.UTF_8));
        files.put("assets/site.css", css.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        // an element read while the page reloads is gone: the wait looks again at the new page
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private Object js(String script, Object... args) {
        return browser.executeScript(script, args);
    }

    /** Opens the page and waits until its event stream has the server's state, so it hears every later rebuild. */
    private void open(String path) {
        browser.get(server.url(path));
        waitUntilListening();
    }

    private void waitUntilListening() {
        waiting().until(d -> Boolean.TRUE.equals(js("return !!(window.PlaybookLive && window.PlaybookLive.connected());")));
    }

    private long scrollY() {
        return ((Number) js("return Math.round(window.scrollY);")).longValue();
    }

    private static OverlayProblem problem(String message) {
        Position position = new Position("team/qualification.yaml", 3, 12);
        String source = "stages:\n  - id: discovery\n    owner: nobody\n    name: Discovery\n";
        return OverlayProblem.of(Problem.error(RuleId.REF_ROLE, position, message, "name a role from team/roles.yaml"),
                "content/", Excerpt.of(source, position));
    }

    /** The overlay's shadow root, or null while there is none. */
    private SearchContext overlay() {
        List<WebElement> hosts = browser.findElements(By.cssSelector("playbook-live-overlay"));
        try {
            return hosts.isEmpty() ? null : hosts.get(0).getShadowRoot();
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return null; // the overlay went between finding it and opening it: a clean build removed it
        }
    }

    @Test
    void aRebuildOfThePageReloadsItWhereTheReaderWas() {
        open("index.html");
        js("window.scrollTo(0, 1500); window.playbookMarker = 'before';");
        waiting().until(d -> scrollY() == 1500);

        server.publish(LiveEvent.Reload.of(Set.of("other.html")));
        site.replace(files("Version two", "h1 { color: rgb(0, 0, 255); }"));
        server.publish(LiveEvent.Reload.of(Set.of("index.html")));

        waiting().until(d -> "Version two".equals(js("var h = document.getElementById('title'); return h && h.textContent;")));
        assertEquals(null, js("return window.playbookMarker || null;"), "the page reloaded");
        waiting().until(d -> scrollY() == 1500);
        assertTrue(browser.getCurrentUrl().endsWith("/index.html"), browser.getCurrentUrl());
        waitUntilListening();
    }

    @Test
    void aRebuildOfAnotherPageLeavesThisOneAlone() throws InterruptedException {
        open("index.html");
        js("window.playbookMarker = 'still here';");
        server.publish(LiveEvent.Reload.of(Set.of("other.html", "search/index.json")));
        Thread.sleep(700); // a reload would have started by now
        assertEquals("still here", js("return window.playbookMarker || null;"));
    }

    @Test
    void problemsShowInAnOverlayUntilTheBuildIsClean() {
        open("index.html");
        server.publish(new LiveEvent.Problems(List.of(problem("owner \"nobody\" is not a role <img src=x onerror=\"window.pwned=1\">"))));
        waiting().until(d -> overlay() != null);
        SearchContext overlay = overlay();
        WebElement panel = overlay.findElement(By.cssSelector("[role=dialog]"));
        assertTrue(panel.isDisplayed());
        assertEquals("content/team/qualification.yaml:3:12", overlay.findElement(By.cssSelector(".location")).getText());
        assertEquals("[ref.role]", overlay.findElement(By.cssSelector(".rule")).getText());
        assertEquals("owner \"nobody\" is not a role <img src=x onerror=\"window.pwned=1\">",
                overlay.findElement(By.cssSelector(".message")).getText(), "user text stays text");
        assertTrue(overlay.findElements(By.cssSelector("img")).isEmpty());
        assertEquals(null, js("return window.pwned || null;"));
        assertEquals("hint: name a role from team/roles.yaml", overlay.findElement(By.cssSelector(".hint")).getText());
        String excerpt = (String) js("return arguments[0].textContent;", overlay.findElement(By.cssSelector("pre.excerpt")));
        assertEquals(String.join("\n",
                "  1 | stages:",
                "  2 |   - id: discovery",
                "> 3 |     owner: nobody",
                "    |            ^",
                "  4 |     name: Discovery") + "\n", excerpt);
        String font = (String) js("return getComputedStyle(arguments[0]).fontFamily;", overlay.findElement(By.cssSelector("pre.excerpt")));
        assertTrue(font.endsWith("monospace"), font);

        WebElement close = overlay.findElement(By.cssSelector("button.close"));
        close.sendKeys(""); // focusable
        assertEquals("Close the list of problems", close.getAttribute("aria-label"));

        server.publish(LiveEvent.Problems.none());
        waiting().until(d -> overlay() == null);
    }

    @Test
    void escapeClosesTheOverlayAndNewProblemsOpenItAgain() {
        open("index.html");
        server.publish(new LiveEvent.Problems(List.of(problem("first"))));
        waiting().until(d -> overlay() != null);
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waiting().until(d -> overlay() == null);
        server.publish(new LiveEvent.Problems(List.of(problem("first"), problem("second"))));
        waiting().until(d -> overlay() != null);
        assertEquals(2, overlay().findElements(By.cssSelector("li.problem")).size());
    }

    @Test
    void aPageOpenedWhileTheBuildIsBrokenShowsTheProblems() {
        server.publish(new LiveEvent.Problems(List.of(problem("broken before the page opened"))));
        open("index.html");
        waiting().until(d -> overlay() != null);
        assertEquals("broken before the page opened", overlay().findElement(By.cssSelector(".message")).getText());
    }

    @Test
    void aStylesheetChangeIsSwappedInWithoutAReload() {
        open("index.html");
        assertEquals("rgb(0, 0, 255)", js("return getComputedStyle(document.getElementById('title')).color;"));
        js("window.playbookMarker = 'kept';");

        site.replace(files("Version one", "h1 { color: rgb(255, 0, 0); }"));
        LiveEvent.Reload reload = LiveEvent.Reload.of(Set.of("assets/site.css"));
        assertTrue(reload.stylesOnly());
        server.publish(reload);

        waiting().until(d -> "rgb(255, 0, 0)".equals(js("return getComputedStyle(document.getElementById('title')).color;")));
        assertEquals("kept", js("return window.playbookMarker || null;"), "no reload");
        waiting().until(d -> browser.findElements(By.cssSelector("link[rel=stylesheet]")).size() == 1);
        String href = browser.findElement(By.cssSelector("link[rel=stylesheet]")).getAttribute("href");
        assertTrue(href.contains("assets/site.css?playbook-live="), href);
    }

    @Test
    void aDeletedPageTurnsIntoTheNotFoundPage() {
        open("other.html");
        Map<String, byte[]> without = new HashMap<>(files("Version one", "h1 {}"));
        without.remove("other.html");
        site.replace(without);
        server.publish(LiveEvent.Reload.of(Set.of("other.html")));
        waiting().until(d -> !d.findElements(By.cssSelector("main h1")).isEmpty());
        assertEquals("Page not found", browser.findElement(By.cssSelector("main h1")).getText());
        assertEquals("/", browser.findElement(By.cssSelector("main a")).getAttribute("pathname"));
        waitUntilListening();
        Browser.consoleProblems(browser).stream()
                .filter(entry -> !entry.getMessage().contains("404"))
                .forEach(entry -> assertFalse(true, "console: " + entry));
    }
}
