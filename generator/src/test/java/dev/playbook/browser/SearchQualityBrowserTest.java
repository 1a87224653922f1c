package dev.playbook.browser;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.testing.Browser;
import dev.playbook.serve.SiteServer;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How well search answers reps, measured through the real client in Chromium: every question of
 * {@code search/rep-questions.tsv} should have one of its expected pages in the top 3. Also checks that
 * the browser's stemmer agrees with the index's on every word of the sample.
 */
@Tag("browser")
class SearchQualityBrowserTest {

    /** The share of questions that must be answered in the top 3. */
    private static final double REQUIRED_HIT_RATE = 0.9;

    @TempDir
    static Path dir;
    static Path site;
    static SiteServer server;
    static ChromeDriver browser;

    record Question(String text, List<String> expected) {
    }

    @BeforeAll
    static void buildAndOpen() throws Exception {
        site = dir.resolve("site");
        new Generator().build(new BuildRequest(Path.of("..", "content"), site, Optional.empty(), TestPlaybook.SAMPLE_TODAY));
        server = SiteServer.start(site, 0);
        browser = Browser.start();
        browser.get(server.url("search.html"));
        Browser.awaitGlobal(browser, "PlaybookSearch");
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static List<Question> questions() throws IOException {
        try (InputStream in = SearchQualityBrowserTest.class.getResourceAsStream("/search/rep-questions.tsv")) {
            List<Question> questions = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    questions.add(new Question(parts[0], List.of(parts[1].split("\\|"))));
                }
            }
            return questions;
        }
    }

    /** The paths of the top three results, as the client ranks them. */
    private static List<String> top3(String question) {
        Object paths = Browser.async(browser, "var done = arguments[arguments.length - 1];"
                + "PlaybookSearch.search(arguments[0], {limit: 3}).then("
                + "function (r) { done(r.results.map(function (x) { return x.path; })); },"
                + "function (e) { done(['error: ' + e]); });", question);
        return ((List<?>) paths).stream().map(String::valueOf).toList();
    }

    @Test
    void repQuestionsFindTheirPageInTheTop3() throws IOException {
        List<Question> questions = questions();
        assertTrue(questions.size() >= 30, "at least 30 questions");
        List<String> misses = new ArrayList<>();
        int hits = 0;
        for (Question question : questions) {
            List<String> top = top3(question.text());
            if (top.stream().anyMatch(question.expected()::contains)) {
                hits++;
            } else {
                misses.add(question.text() + " -> " + top + " (expected " + question.expected() + ")");
            }
        }
        double rate = (double) hits / questions.size();
        System.out.printf(Locale.ROOT, "search quality: %d of %d rep questions answered in the top 3 (%.0f%%)%n",
                hits, questions.size(), rate * 100);
        misses.forEach(miss -> System.out.println("  miss: " + miss));
        assertTrue(rate >= REQUIRED_HIT_RATE, String.format(Locale.ROOT, "hit rate %.2f below %.2f; misses:%n%s",
                rate, REQUIRED_HIT_RATE, String.join("\n", misses)));
    }

    /** Java (OpenNLP's PorterStemmer) stems the index; the browser stems queries: they must agree. */
    @Test
    @SuppressWarnings("unchecked")
    void theBrowsersStemmerAgreesWithTheIndexOnEveryWord() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (Stream<Path> shards = Files.list(site.resolve("search/terms"))) {
            for (Path shard : shards.toList()) {
                json.readTree(shard.toFile()).get("words").forEach(entry -> {
                    if (entry.isArray()) {
                        expected.put(entry.get(0).asText(), entry.get(1).asText());
                    } else {
                        expected.put(entry.asText(), entry.asText());
                    }
                });
            }
        }
        assertTrue(expected.size() > 1000, "the sample has over a thousand words: " + expected.size());
        List<String> words = new ArrayList<>(expected.keySet());
        List<String> stems = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return arguments[0].map(function (w) { return PlaybookSearch.stem(w); });", words);
        Map<String, String> differences = new TreeMap<>();
        for (int i = 0; i < words.size(); i++) {
            if (!expected.get(words.get(i)).equals(stems.get(i))) {
                differences.put(words.get(i), "index " + expected.get(words.get(i)) + ", browser " + stems.get(i));
            }
        }
        assertEquals(Map.of(), differences);
    }
}
