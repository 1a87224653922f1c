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
    /** The share of the questions in a rep's own words (not the page's) that must be. */
    private static final double REQUIRED_REP_WORDS_HIT_RATE = 0.85;

    @TempDir
    static Path dir;
    static Path site;
    static SiteServer server;
    static ChromeDriver browser;

    /**
     * A question, its acceptable pages, the section of the first of them that answers it ("-": the page) and whether it
     * is in a rep's words.
     */
    record Question(String text, List<String> expected, String section, boolean repWords) {
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
                    questions.add(new Question(parts[0], List.of(parts[1].split("\\|")), parts[2], parts[3].equals("rep")));
                }
            }
            return questions;
        }
    }

    /** The top three results as path#section, as the client ranks them. */
    private static List<String> top3(String question) {
        Object paths = Browser.async(browser, "var done = arguments[arguments.length - 1];"
                + "PlaybookSearch.search(arguments[0], {limit: 3}).then("
                + "function (r) { done(r.results.map(function (x) { return x.path + '#' + x.sectionId; })); },"
                + "function (e) { done(['error: ' + e]); });", question);
        return ((List<?>) paths).stream().map(String::valueOf).toList();
    }

    private static String pathOf(String result) {
        return result.substring(0, result.indexOf('#') < 0 ? result.length() : result.indexOf('#'));
    }

    /** The words of a page's main text, lower-cased: a question in a rep's words must have one its page lacks. */
    private static java.util.Set<String> pageWords(String path) throws IOException {
        String text = org.jsoup.Jsoup.parse(site.resolve(path).toFile(), "UTF-8").select("main").text().toLowerCase(Locale.ROOT);
        return new java.util.HashSet<>(List.of(text.replace("'", "").replace("\u2019", "").split("[^\\p{L}\\p{Nd}]+")));
    }

    @Test
    void repQuestionsFindTheirPageInTheTop3() throws IOException {
        List<Question> questions = questions();
        List<Question> repWorded = questions.stream().filter(Question::repWords).toList();
        assertTrue(questions.size() >= 60, "at least 60 questions: " + questions.size());
        assertTrue(repWorded.size() >= 25, "at least 25 in a rep's words: " + repWorded.size());
        List<String> onThePage = new ArrayList<>();
        for (Question question : repWorded) {
            java.util.Set<String> words = pageWords(question.expected().get(0));
            if (List.of(question.text().toLowerCase(Locale.ROOT).replace("'", "").split("[^\\p{L}\\p{Nd}]+")).stream()
                    .noneMatch(word -> !word.isEmpty() && !words.contains(word))) {
                onThePage.add(question.text());
            }
        }
        assertEquals(List.of(), onThePage, "questions marked 'rep' whose every word is on their page");
        List<String> misses = new ArrayList<>();
        int hits = 0;
        int repHits = 0;
        int sectionHits = 0;
        int sectioned = 0;
        List<String> sectionMisses = new ArrayList<>();
        for (Question question : questions) {
            List<String> top = top3(question.text());
            java.util.Optional<String> found = top.stream().filter(r -> question.expected().contains(pathOf(r))).findFirst();
            if (found.isPresent()) {
                hits++;
                repHits += question.repWords() ? 1 : 0;
                if (!question.section().equals("-") && pathOf(found.get()).equals(question.expected().get(0))) {
                    sectioned++;
                    if (found.get().endsWith("#" + question.section())) {
                        sectionHits++;
                    } else {
                        sectionMisses.add(question.text() + " -> " + found.get() + " (expected #" + question.section() + ")");
                    }
                }
            } else {
                misses.add((question.repWords() ? "[rep] " : "") + question.text() + " -> " + top + " (expected " + question.expected() + ")");
            }
        }
        double rate = (double) hits / questions.size();
        double repRate = (double) repHits / repWorded.size();
        System.out.printf(Locale.ROOT, "search quality: %d of %d rep questions answered in the top 3 (%.0f%%); in a rep's words %d of %d (%.0f%%);"
                        + " at the expected section %d of %d found with one%n",
                hits, questions.size(), rate * 100, repHits, repWorded.size(), repRate * 100, sectionHits, sectioned);
        misses.forEach(miss -> System.out.println("  miss: " + miss));
        sectionMisses.forEach(miss -> System.out.println("  other section: " + miss));
        assertTrue(rate >= REQUIRED_HIT_RATE, String.format(Locale.ROOT, "hit rate %.2f below %.2f; misses:%n%s",
                rate, REQUIRED_HIT_RATE, String.join("\n", misses)));
        assertTrue(repRate >= REQUIRED_REP_WORDS_HIT_RATE, String.format(Locale.ROOT, "hit rate in a rep's words %.2f below %.2f; misses:%n%s",
                repRate, REQUIRED_REP_WORDS_HIT_RATE, String.join("\n", misses)));
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
