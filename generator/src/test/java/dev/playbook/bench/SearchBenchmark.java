package dev.playbook.bench;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.serve.SiteServer;
import dev.playbook.testing.Browser;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Search benchmark (not a test): builds the sample playbook and a synthetic playbook of N guides, serves
 * each gzipped on loopback, and measures in headless Chromium, through the search box as a reader uses it:
 * <ul>
 *   <li>the bytes the first query transfers (every search/ file fetched, as served, compressed);</li>
 *   <li>the time from typing a query to its results in the box, first query and median of 20;</li>
 *   <li>the size of the whole index and of the client, as served.</li>
 * </ul>
 * Build time with and without the index is {@link Benchmark}'s business.
 *
 * <pre>
 *   --pages N      synthetic guides (default 10000)
 *   --content DIR  the sample playbook (default ../content)
 *   --work DIR     where playbooks and sites go (default target/bench-search)
 * </pre>
 */
public final class SearchBenchmark {

    /** Queries a rep might type on the synthetic playbook, whose text is drawn from SyntheticPlaybook's words. */
    private static final List<String> SYNTHETIC_QUERIES = List.of(
            "pipeline coverage", "discovery call agenda", "negotiation discount approval", "champion", "exit criteria",
            "proposal", "renewal risk", "forecast commit", "onboarding plan", "qualification questions",
            "competitive objection", "executive sponsor", "mutual plan timeline", "pricing", "demo preparation",
            "handoff", "quota attainment", "territory planning", "win rate", "stakeholder map");

    private static final List<String> SAMPLE_QUERIES = List.of(
            "exit criteria", "what must be true before a proposal", "pipeline coverage", "champion", "discount approval",
            "discovery questions", "objection price", "handoff to customer success", "forecast call", "win rate",
            "hiring scorecard", "ramp plan", "MEDDIC", "stalled deals", "inbound lead response time",
            "compensation accelerators", "OKRs", "buyer journey", "demo structure", "mutual action plan");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pages = 10_000;
        Path content = Path.of("../content");
        Path work = Path.of("target/bench-search");
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(value);
                case "--content" -> content = Path.of(value);
                case "--work" -> work = Path.of(value);
                default -> {
                    System.err.println("usage: SearchBenchmark [--pages N] [--content DIR] [--work DIR]");
                    System.exit(2);
                }
            }
        }
        Path sampleSite = work.resolve("sample-site");
        build(content, sampleSite);
        measure("sample playbook", sampleSite, SAMPLE_QUERIES);

        Path synthetic = work.resolve("p" + pages);
        SyntheticPlaybook.replace(synthetic);
        SyntheticPlaybook.write(synthetic, pages, 42L, content);
        Path syntheticSite = work.resolve("p" + pages + "-site");
        build(synthetic, syntheticSite);
        measure(pages + " synthetic guides", syntheticSite, SYNTHETIC_QUERIES);
    }

    private static void build(Path content, Path site) {
        long start = System.nanoTime();
        Report report = new Generator().build(new BuildRequest(content, site, Optional.empty()));
        if (report.hasErrors()) {
            throw new IllegalStateException("build of " + content + " failed: " + report.problems());
        }
        System.out.printf(Locale.ROOT, "built %d pages of %s in %.1f s%n", report.pages(), content, (System.nanoTime() - start) / 1e9);
    }

    private static void measure(String name, Path site, List<String> queries) throws IOException {
        System.out.printf(Locale.ROOT, "%n== %s ==%n", name);
        System.out.printf(Locale.ROOT, "index on disk: %s; client: %s%n", sizes(site.resolve("search")),
                sizes(site.resolve("assets/search.js"), site.resolve("assets/stemmer.js"), site.resolve("assets/search.css")));
        try (SiteServer server = SiteServer.start(site, 0)) {
            server.precompress();
            ChromeDriver browser = Browser.start();
            try {
                JavascriptExecutor js = browser;
                List<Double> times = new ArrayList<>();
                List<Long> bytes = new ArrayList<>();
                long firstFiles = 0;
                for (int i = 0; i < queries.size(); i++) {
                    if (i == 0) {
                        // a fresh page: the first query pays for the page table and everything else it needs
                        browser.get(server.url("index.html"));
                        js.executeScript("performance.setResourceTimingBufferSize(10000); performance.clearResourceTimings();");
                    }
                    long before = searchBytes(js);
                    times.add(((Number) Browser.async(browser, TYPE_AND_WAIT, queries.get(i))).doubleValue());
                    bytes.add(searchBytes(js) - before);
                    if (i == 0) {
                        firstFiles = searchFiles(js);
                    }
                }
                System.out.printf(Locale.ROOT, "first query \"%s\": %.0f ms, %s transferred from search/ (%d files)%n",
                        queries.get(0), times.get(0), kb(bytes.get(0)), firstFiles);
                double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.printf(Locale.ROOT, "%d queries typed into the box: median %.0f ms, max %.0f ms, first %.0f ms%n",
                        sorted.length, median(sorted), sorted[sorted.length - 1], times.get(0));
                System.out.printf(Locale.ROOT, "transferred per query after the first: median %s; all %d queries: %s%n",
                        kb((long) median(bytes.subList(1, bytes.size()).stream().mapToDouble(Long::doubleValue).sorted().toArray())),
                        queries.size(), kb(bytes.stream().mapToLong(Long::longValue).sum()));
                List<String> problems = Browser.consoleProblems(browser).stream().map(Object::toString).toList();
                System.out.println("console problems: " + (problems.isEmpty() ? "none" : problems));
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * Types the query into the search box at once and reports the milliseconds until the box shows its
     * results: the "see all results" line names the query, and it is written with the results.
     */
    private static final String TYPE_AND_WAIT = """
            var query = arguments[0], done = arguments[arguments.length - 1];
            var input = document.getElementById('site-search-input');
            var list = document.getElementById('site-search-results');
            input.focus();
            var start = performance.now();
            var observer = new MutationObserver(check);
            observer.observe(list, {childList: true, subtree: true, characterData: true});
            input.value = query;
            input.dispatchEvent(new Event('input', {bubbles: true}));
            function check() {
              var all = document.getElementById('site-search-option-all');
              if (all && all.textContent.indexOf(query) >= 0 && !list.hidden) {
                observer.disconnect();
                done(performance.now() - start);
              }
            }
            """;

    /** Compressed bytes of every search/ file fetched so far (the body as served). */
    private static long searchBytes(JavascriptExecutor js) {
        return ((Number) js.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.name.indexOf('/search/') >= 0; })"
                + ".reduce(function (sum, e) { return sum + e.encodedBodySize; }, 0);")).longValue();
    }

    private static long searchFiles(JavascriptExecutor js) {
        return ((Number) js.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.name.indexOf('/search/') >= 0; }).length;")).longValue();
    }

    /** Files, their raw size and their size gzipped one by one (as a static host serves them). */
    private static String sizes(Path... roots) throws IOException {
        long files = 0;
        long raw = 0;
        long gzipped = 0;
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    byte[] bytes = Files.readAllBytes(file);
                    files++;
                    raw += bytes.length;
                    gzipped += SiteServer.gzip(bytes).length;
                }
            }
        }
        return String.format(Locale.ROOT, "%d files, %s raw, %s gzipped", files, kb(raw), kb(gzipped));
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f kB", bytes / 1000.0);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

}
