package dev.playbook.testing;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

/**
 * Headless Debian Chromium driven by chromium-driver, for tests of what runs in the browser. Where
 * either is missing, {@link #start()} skips the test with a message saying what to install
 * ({@code .ci/run} installs both).
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of(System.getProperty("playbook.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("playbook.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** A new headless browser, or a skipped test when Chromium or its driver is not installed. */
    public static ChromeDriver start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: no " + (Files.isExecutable(CHROMIUM) ? CHROMEDRIVER : CHROMIUM)
                        + " (install with: apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the flags this machine needs: no sandbox as root, and no background traffic to Google's hosts
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Console messages of level WARNING or worse since the last call. */
    public static List<LogEntry> consoleProblems(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .toList();
    }

    /** Quits the browser, then fails if its console showed a warning or error (every browser test checks this). */
    public static void quitWithCleanConsole(ChromeDriver driver) {
        if (driver == null) {
            return;
        }
        List<String> problems;
        try {
            problems = consoleProblems(driver).stream().map(Object::toString).toList();
        } finally {
            driver.quit();
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), problems, "browser console errors or warnings");
    }

    /**
     * Waits until the page's scripts have defined {@code global} (such as {@code PlaybookSearch}); a machine
     * busy with other work may still be running them when the page has loaded. Fails with the console's
     * messages when they never do.
     */
    public static void awaitGlobal(ChromeDriver driver, String global) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return typeof window[arguments[0]] !== 'undefined';", global)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(global + " was never defined; the console said: " + consoleProblems(driver), e);
        }
    }

    /** The page as on a screen of this size in CSS pixels; {@code mobile} also applies the page's viewport meta, as a phone does. */
    public static void emulateScreen(ChromeDriver driver, int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** The system's colour scheme as the page sees it ({@code prefers-color-scheme}): "light" or "dark". */
    public static void emulateColorScheme(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of(
                "features", List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Waits until the page's theme is {@code scheme} (theme.js follows the system's scheme when the reader chose none). */
    public static void awaitTheme(ChromeDriver driver, String scheme) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> scheme.equals(
                    ((JavascriptExecutor) d).executeScript("return document.documentElement.getAttribute('data-theme');")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the page's theme never became " + scheme + " on " + driver.getCurrentUrl(), e);
        }
    }

    /** Runs an async script: its last argument is the callback. */
    public static Object async(ChromeDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

}
