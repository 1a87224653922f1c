package dev.playbook.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index files of docs/search.md, from small hand-written pages. */
class SearchIndexBuilderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A page as the render stage hands it on: parsed by jsoup. */
    private static Document page(String head, String main) {
        return Jsoup.parse("<!doctype html><html><head><title>x</title>" + head + "</head><body>"
                + "<nav><a href='a.html'>navigation text proposal</a></nav>" + main
                + "<footer>footer proposal</footer></body></html>");
    }

    private static JsonNode json(SearchIndex index, String path) throws IOException {
        byte[] bytes = index.files().get(path);
        assertTrue(bytes != null, "missing " + path + " in " + index.files().keySet());
        return JSON.readTree(bytes);
    }

    /** The postings of a stem: page number to score. */
    /** The shard a word is in: the longest key of index.json's shards that starts the word. */
    private static JsonNode shardOf(SearchIndex index, String word) throws IOException {
        String best = null;
        for (JsonNode key : json(index, "search/index.json").get("shards")) {
            if (word.startsWith(key.asText()) && (best == null || key.asText().length() > best.length())) {
                best = key.asText();
            }
        }
        assertTrue(best != null, "no shard for " + word);
        return json(index, "search/terms/" + SearchIndexBuilder.shardFile(best) + ".json");
    }

    private static Map<Integer, Integer> postings(SearchIndex index, String stem) throws IOException {
        JsonNode info = shardOf(index, stem).get("stems").get(stem);
        assertTrue(info != null, "no stem " + stem);
        JsonNode list = json(index, "search/postings/" + info.get(0).asInt() + ".json").get(stem);
        Map<Integer, Integer> scores = new java.util.TreeMap<>();
        int page = 0;
        for (int i = 0; i < list.size(); i += 2) {
            page += list.get(i).asInt();
            scores.put(page, list.get(i + 1).asInt());
        }
        assertEquals(info.get(1).asInt(), scores.size(), "df of " + stem);
        return scores;
    }

    @Test
    void fragmentsCutMainIntoSectionsAtHeadingsWithIdsAndMarkedRows() throws IOException {
        SearchIndexBuilder builder = new SearchIndexBuilder();
        builder.add("team/guide.html", page("",
                "<main><nav data-search-ignore>Home</nav><h1>Writing a proposal</h1><p>Intro text.</p>"
                        + "<h2 id='before'>Before you <em>write</em></h2><p>Confirm the budget.</p><h3>No id</h3><p>Still before.</p>"
                        + "<table><tr id='role-ae' data-search-section='Account Executive' data-search-role='ae'><td>Owns the deal</td></tr></table>"
                        + "</main>"));
        JsonNode fragment = fragment(builder.build(), 0);
        JsonNode sections = fragment.get("sections");
        assertEquals("Writing a proposal", fragment.get("title").asText());
        assertEquals(3, sections.size(), sections.toString());
        assertEquals("", sections.get(0).get("id").asText());
        assertEquals("Intro text.", sections.get(0).get("text").asText());
        assertEquals("before", sections.get(1).get("id").asText());
        assertEquals("Before you write", sections.get(1).get("heading").asText());
        assertEquals("Confirm the budget. No id Still before.", sections.get(1).get("text").asText(),
                "an h3 without id is text of the section; the section's own heading is not repeated in it");
        assertEquals("Account Executive", sections.get(2).get("heading").asText());
        assertEquals("[\"ae\"]", sections.get(2).get("facets").get("role").toString());
        assertFalse(sections.get(1).has("facets"), "no narrower facets");
    }

    @Test
    void sectionTextStopsBeforeTheLimitAtAWholeWord() throws IOException {
        SearchIndexBuilder builder = new SearchIndexBuilder();
        String text = "pipeline ".repeat(150); // 1,350 characters: more than a section keeps
        builder.add("p.html", page("", "<main><h1>P</h1><p>" + text + "</p><p>tail</p></main>"));
        JsonNode sections = fragment(builder.build(), 0).get("sections");
        String kept = sections.get(0).get("text").asText();
        assertTrue(kept.length() <= PageExtractor.MAX_SECTION_TEXT, "length " + kept.length());
        assertTrue(kept.endsWith("pipeline"), "no half word at the end: " + kept.substring(kept.length() - 12));
        assertFalse(kept.contains("tail"), "nothing after the cut");
    }

    @Test
    void excludedPagesAndPagesWithoutMainStayOut() {
        SearchIndexBuilder builder = new SearchIndexBuilder();
        builder.add("search.html", page("", "<main data-search-exclude><h1>Search</h1></main>"));
        builder.add("raw.html", Jsoup.parse("<html><body>no main</body></html>"));
        SearchIndex index = builder.build();
        assertEquals(0, json0(index));
        assertTrue(index.files().keySet().stream().noneMatch(path -> path.startsWith("search/fragments/")), index.files().keySet().toString());
    }

    /** The fragment of page {@code page} (in path order): entry page % F of fragments/(page / F).json. */
    private static JsonNode fragment(SearchIndex index, int page) throws IOException {
        int perFile = json(index, "search/index.json").get("fragmentsPerFile").asInt();
        return json(index, "search/fragments/" + page / perFile + ".json").get(page % perFile);
    }

    @Test
    void fragmentsGoSeveralToAFileInPathOrder() throws IOException {
        SearchIndexBuilder builder = new SearchIndexBuilder();
        int pages = SearchIndexBuilder.FRAGMENTS_PER_FILE + 3;
        for (int i = pages - 1; i >= 0; i--) {
            builder.add(String.format("p%02d.html", i), page("", "<main><h1>Page " + i + "</h1><p>text</p></main>"));
        }
        SearchIndex index = builder.build();
        assertEquals(SearchIndexBuilder.FRAGMENTS_PER_FILE, json(index, "search/fragments/0.json").size());
        assertEquals(3, json(index, "search/fragments/1.json").size());
        for (int i = 0; i < pages; i++) {
            assertEquals("Page " + i, fragment(index, i).get("title").asText());
        }
    }

    private static int json0(SearchIndex index) {
        try {
            return json(index, "search/index.json").get("pages").asInt();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void titleOutweighsHeadingOutweighsFieldOutweighsBodyAndNavigationIsNotIndexed() throws IOException {
        SearchIndexBuilder builder = new SearchIndexBuilder();
        String filler = "<p>" + "lorem ipsum dolor sit amet ".repeat(4) + "</p>";
        builder.add("a.html", page("", "<main><h1>Proposal</h1>" + filler + "</main>"));
        builder.add("b.html", page("", "<main><h1>B</h1><h2 id='x'>Proposal</h2>" + filler + "</main>"));
        builder.add("c.html", page("", "<main><h1>C</h1><ul data-search-field><li>Proposal</li></ul>" + filler + "</main>"));
        builder.add("d.html", page("", "<main><h1>D</h1><p>proposal</p>" + filler + "</main>"));
        builder.add("e.html", page("", "<main><h1>E</h1>" + filler + "</main>"));
        SearchIndex index = builder.build();
        Map<Integer, Integer> scores = postings(index, "propos");
        assertEquals(List.of(0, 1, 2, 3), new ArrayList<>(scores.keySet()), "page e has the word only in navigation and footer");
        assertTrue(scores.get(0) > scores.get(1) && scores.get(1) > scores.get(2) && scores.get(2) > scores.get(3), scores.toString());
    }

    @Test
    void dictionaryMapsWordsToStemsAndPostingsAreDeltaEncoded() throws IOException {
        SearchIndexBuilder builder = new SearchIndexBuilder();
        for (int i = 0; i < 5; i++) {
            builder.add("p" + i + ".html", page("", "<main><h1>Page " + i + "</h1><p>" + (i % 2 == 0 ? "negotiation" : "negotiating")
                    + " pipeline</p></main>"));
        }
        SearchIndex index = builder.build();
        JsonNode shard = shardOf(index, "negotiation");
        assertEquals("[\"\"]", json(index, "search/index.json").get("shards").toString(), "a small dictionary is one shard");
        assertEquals("[[\"negotiating\",\"negoti\"],[\"negotiation\",\"negoti\"],\"page\",[\"pipeline\",\"pipelin\"]]",
                shard.get("words").toString(), "sorted; a word that is its own stem is a plain string");
        assertEquals(5, shard.get("stems").get("negoti").get(1).asInt(), "df");
        assertEquals(List.of(0, 1, 2, 3, 4), new ArrayList<>(postings(index, "negoti").keySet()));
        JsonNode raw = json(index, "search/postings/" + shard.get("stems").get("negoti").get(0).asInt() + ".json").get("negoti");
        assertEquals(List.of(0, 1, 1, 1, 1), List.of(raw.get(0).asInt(), raw.get(2).asInt(), raw.get(4).asInt(), raw.get(6).asInt(), raw.get(8).asInt()));
        JsonNode meta = json(index, "search/index.json");
        assertEquals(5, meta.get("pages").asInt());
        assertTrue(meta.get("stopwords").toString().contains("\"the\""));
    }

    @Test
    void pageTableListsFacetValuesWithTheirPages() throws IOException {
        SearchIndexBuilder builder = new SearchIndexBuilder();
        String guide = "<meta name='search:kind' content='guide' data-label='Guide'><meta name='search:stage' content='discovery' data-label='Discovery'>";
        builder.add("b.html", page(guide, "<main><h1>B</h1><p>text</p></main>"));
        builder.add("a.html", page("<meta name='search:kind' content='sales-process' data-label='Sales process'>", "<main><h1>A</h1><p>text</p></main>"));
        builder.add("c.html", page(guide + "<meta name='search:unknown' content='x'>", "<main><h1>C</h1><p>text</p></main>"));
        JsonNode table = json(builder.build(), "search/pages.json");
        assertEquals("[\"a.html\",\"b.html\",\"c.html\"]", table.get("paths").toString());
        JsonNode kind = table.get("facets").get(0);
        assertEquals("kind", kind.get("name").asText());
        assertEquals("{\"id\":\"guide\",\"label\":\"Guide\",\"pages\":[1,1]}", kind.get("values").get(0).toString());
        assertEquals("{\"id\":\"sales-process\",\"label\":\"Sales process\",\"pages\":[0]}", kind.get("values").get(1).toString());
        assertEquals("[\"kind\",\"playbook\",\"stage\",\"role\"]", JSON.valueToTree(
                table.get("facets").findValuesAsText("name")).toString());
        assertEquals("[1,1]", table.get("facets").get(2).get("values").get(0).get("pages").toString());
    }

    @Test
    void bigDictionaryShardsSplitByTwoCharacters() throws IOException {
        SearchIndexBuilder builder = new SearchIndexBuilder();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append(" s").append(Integer.toString(i * 7919, 36)).append("word");
        }
        builder.add("p.html", page("", "<main><h1>P</h1><p>" + text + "</p></main>"));
        SearchIndex index = builder.build();
        JsonNode shards = json(index, "search/index.json").get("shards");
        assertFalse(shards.toString().contains("\"s\""), shards.toString());
        assertTrue(shards.toString().contains("\"s0\"") && shards.toString().contains("\"sa\""), shards.toString());
        index.files().forEach((path, bytes) -> assertTrue(!path.startsWith("search/terms/") || bytes.length < 3 * SearchIndexBuilder.SHARD_BYTES, path));
    }

    /** The classes of a stem's words beside its postings: the biggest first, with the pages WITHOUT it. */
    @Test
    void aStemWithSeveralWordClassesListsThePagesOfEach() throws IOException {
        SearchIndexBuilder builder = new SearchIndexBuilder();
        builder.add("a.html", page("", "<main><h1>A</h1><p>The contract was signed.</p></main>"));
        builder.add("b.html", page("", "<main><h1>B</h1><p>Signs of churn, and one sign more.</p></main>"));
        builder.add("c.html", page("", "<main><h1>C</h1><p>It was signed yesterday.</p></main>"));
        builder.add("d.html", page("", "<main><h1>D</h1><p>Customers only.</p></main>"));
        SearchIndex index = builder.build();
        JsonNode info = shardOf(index, "sign").get("stems").get("sign");
        JsonNode chunk = json(index, "search/postings/" + info.get(0).asInt() + ".json");
        assertEquals("[[\"signed\",[1]],[\"sign\",[1]]]", chunk.get("sign~").toString(),
                "signed is on two of the stem's three pages (a, c): it comes first, with the page without it (b); sign and signs on b");
    }

    @Test
    void wordClassesPairAWordWithItsPluralOnly() {
        // the same words as the client's test (generator/src/test/js/search.test.js): both sides must agree
        assertEquals("customer", WordClass.of("customers"));
        assertEquals("company", WordClass.of("companies"));
        assertEquals("process", WordClass.of("process"));
        assertEquals("signed", WordClass.of("signed"));
        assertEquals("sign", WordClass.of("signs"));
    }

    @Test
    void aboutPagesAreListedAndGlossaryEntriesGoToTheirFile() throws IOException {
        SearchIndexBuilder builder = new SearchIndexBuilder();
        builder.add("rules.html", page("", "<main data-search-about><h1>Rules</h1><p>Checks.</p></main>"));
        builder.add("leadership/pay.html", page("", "<main><h1>Pay</h1><div id='plan-ae'><p>Base salary.</p></div></main>"));
        builder.add("team/glossary.html", page("", "<main><h1>Glossary</h1><dl>"
                + "<div id='term-ote' data-search-section='On-target earnings' data-search-term data-search-see='../leadership/pay.html#plan-ae'>"
                + "<dt><dfn data-search-name>On-target earnings</dfn> <abbr data-search-name>OTE</abbr></dt>"
                + "<dd>Pay at quota. <span data-search-name>pay mix</span></dd></div>"
                + "<div id='term-x' data-search-term><dt><dfn data-search-name>Churn</dfn></dt></div>"
                + "<div id='term-away' data-search-term data-search-see='https://example.com/'><dt><dfn data-search-name>Away</dfn></dt></div>"
                + "</dl></main>"));
        SearchIndex index = builder.build();
        assertEquals("[1]", json(index, "search/pages.json").get("about").toString(), "pages are in path order: rules.html is 1");
        assertEquals("glossary.json", json(index, "search/index.json").get("glossary").asText());
        assertEquals("{\"page\":2,\"terms\":["
                + "{\"names\":[\"On-target earnings\",\"OTE\",\"pay mix\"],\"id\":\"term-ote\",\"see\":0,\"section\":\"plan-ae\"},"
                + "{\"names\":[\"Churn\"],\"id\":\"term-x\"},{\"names\":[\"Away\"],\"id\":\"term-away\"}]}",
                json(index, "search/glossary.json").toString());
    }

    @Test
    void fieldsSetSideBySideArePartedInSnippetsButWordsInRunningTextAreNot() throws IOException {
        SearchIndexBuilder builder = new SearchIndexBuilder();
        builder.add("pay.html", page("", "<main><h1>Pay</h1><div class='kpi'><span>€75,000</span><span>base salary</span></div>"
                + "<p>An <em>OTE</em>'s split, <a href='x.html'>paid</a>monthly.</p></main>"));
        assertEquals("€75,000 base salary An OTE's split, paidmonthly.", fragment(builder.build(), 0).get("sections").get(0).get("text").asText());
    }

    @Test
    void aCancelledIndexStopsButItsPagesStillServeTheNextBuild() {
        SearchIndexBuilder.Memory memory = new SearchIndexBuilder.Memory();
        SearchIndexBuilder first = new SearchIndexBuilder(memory);
        first.add("a.html", page("", "<main><h1>Pipeline coverage</h1><p>Three to four times quota.</p></main>"));
        first.pagesDone();
        first.cancel();
        assertThrows(java.util.concurrent.CancellationException.class, first::build);
        SearchIndexBuilder next = new SearchIndexBuilder(memory);
        next.addUnchanged("a.html"); // the cancelled build's reading of the page, not one from before it
        SearchIndexBuilder cold = new SearchIndexBuilder();
        cold.add("a.html", page("", "<main><h1>Pipeline coverage</h1><p>Three to four times quota.</p></main>"));
        Map<String, byte[]> expected = cold.build().files();
        Map<String, byte[]> actual = next.build().files();
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    @Test
    void aHeldIndexWaitsUntilItIsLetGoOrStopped() throws Exception {
        SearchIndexBuilder held = new SearchIndexBuilder();
        held.add("a.html", page("", "<main><h1>Pipeline coverage</h1></main>"));
        held.hold();
        java.util.concurrent.CompletableFuture<SearchIndex> built = java.util.concurrent.CompletableFuture.supplyAsync(held::build);
        Thread.sleep(200);
        assertFalse(built.isDone(), "a held index does not go on");
        held.release();
        assertTrue(built.get(10, java.util.concurrent.TimeUnit.SECONDS).files().containsKey("search/index.json"));

        SearchIndexBuilder stopped = new SearchIndexBuilder();
        stopped.add("a.html", page("", "<main><h1>Pipeline coverage</h1></main>"));
        stopped.hold();
        java.util.concurrent.CompletableFuture<SearchIndex> waiting = java.util.concurrent.CompletableFuture.supplyAsync(stopped::build);
        Thread.sleep(100);
        stopped.cancel();
        java.util.concurrent.ExecutionException failure = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> waiting.get(10, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(failure.getCause() instanceof java.util.concurrent.CancellationException, failure.toString());
    }
}
