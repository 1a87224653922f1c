package dev.playbook.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.serve.SiteServer;
import dev.playbook.testing.Browser;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core, as Deque ships it for Selenium, on every page of the sample site in Chromium: on a laptop (1366x900)
 * and a phone (390x844), each in light and dark mode (the system's scheme, which the theme follows). Any
 * violation of any impact fails, with the page, the rule and the elements. One browser serves every page.
 */
@Tag("browser")
class AccessibilityBrowserTest {

    @TempDir
    static Path dir;
    static Path site;
    static SiteServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        site = dir.resolve("site");
        Report report = new Generator().build(new BuildRequest(Path.of("..", "content"), site, Optional.empty(), TestPlaybook.SAMPLE_TODAY));
        assertFalse(report.hasErrors(), report.problems().toString());
        browser = Browser.start();
        server = SiteServer.start(site, 0);
    }

    @AfterAll
    static void stop() {
        try {
            Browser.quitWithCleanConsole(browser);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    static List<String> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1366, 900, false", "390, 844, true"})
    void noPageHasAnAxeViolationInLightOrDarkMode(int width, int height, boolean mobile) throws IOException {
        Browser.emulateScreen(browser, width, height, mobile);
        List<String> violations = new ArrayList<>();
        // the site has no frames (the sanitizer drops them): axe runs in the page itself, without its frame messaging
        AxeBuilder axe = new AxeBuilder().disableIframeTesting();
        List<String> pages = pages();
        assertTrue(pages.size() >= 40, "the whole sample: " + pages.size());
        for (String page : pages) {
            Browser.emulateColorScheme(browser, "light");
            browser.get(server.url(page));
            Browser.awaitGlobal(browser, "PlaybookSearch");
            for (String scheme : List.of("light", "dark")) {
                Browser.emulateColorScheme(browser, scheme);
                Browser.awaitTheme(browser, scheme);
                Results results = axe.analyze(browser);
                assertFalse(results.isErrored(), page + ": axe failed: " + results.getErrorMessage());
                for (Rule rule : results.getViolations()) {
                    for (CheckedNode node : rule.getNodes()) {
                        violations.add(page + " (" + scheme + "): " + rule.getId() + " [" + rule.getImpact() + "] "
                                + abbreviate(node.getHtml()) + " - " + abbreviate(node.getFailureSummary()));
                    }
                }
            }
        }
        assertEquals(List.of(), violations, violations.size() + " violations at " + width + "x" + height);
    }

    private static String abbreviate(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ");
        return line.length() > 220 ? line.substring(0, 220) + "…" : line;
    }
}
