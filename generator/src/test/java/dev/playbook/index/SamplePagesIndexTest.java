package dev.playbook.index;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index entry of every page of the sample against the page's markup as jsoup's selectors read it
 * (docs/search.md, "What is indexed"): the title, the sections with their headings and scoped facets,
 * the page's facets, and every word of the title counted as title. The walk and the selectors are two
 * readings of the same rules; on the sample's every kind of page they must agree.
 */
class SamplePagesIndexTest {

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void buildSample() {
        site = dir.resolve("site");
        new Generator().build(new BuildRequest(Path.of("..", "content"), site, Optional.empty(), TestPlaybook.SAMPLE_TODAY));
    }

    @Test
    void everySamplePageIsIndexedAsItsMarkupSays() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Stems stems = new Stems();
        PageExtractor extractor = new PageExtractor(stems);
        int indexed = 0;
        for (Path file : files) {
            String path = site.relativize(file).toString();
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            Optional<IndexedPage> entry = extractor.extract(path, page);
            Element main = page.selectFirst("main");
            if (main == null || main.hasAttr("data-search-exclude")) {
                assertTrue(entry.isEmpty(), path + " stays out of the index");
                continue;
            }
            assertTrue(entry.isPresent(), path);
            IndexedPage indexedPage = entry.get();
            String title = main.select("h1").stream().filter(h1 -> !ignored(h1, main)).findFirst().map(SamplePagesIndexTest::text).orElse(path);
            assertEquals(title, indexedPage.title(), path);
            assertEquals(facets(page), indexedPage.terms().facets(), path);
            assertEquals(sections(main), indexedPage.sections().stream().filter(s -> !s.id().isEmpty())
                    .map(s -> s.id() + " | " + s.heading() + " | " + new TreeMap<>(s.facets())).toList(), path);
            Tokenizer.words(title, word -> assertTrue(countedAsTitle(indexedPage.terms(), stems.of(word)), path + ": " + word));
            indexed++;
        }
        assertTrue(indexed >= 30, "indexed pages: " + indexed);
    }

    /** Facet metas of the head, in order; unknown facets and empty values left out, a missing label is the id. */
    private static List<FacetValue> facets(Document page) {
        List<FacetValue> facets = new ArrayList<>();
        for (Element meta : page.head().select("meta[name^=search:][content]")) {
            String facet = meta.attr("name").substring("search:".length());
            String label = meta.attr("data-label");
            if (PageExtractor.FACETS.contains(facet) && !meta.attr("content").isBlank()) {
                facets.add(new FacetValue(facet, meta.attr("content"), label.isBlank() ? meta.attr("content") : label));
            }
        }
        return facets;
    }

    /** "id | heading | facets" of each section start in main: h2 and h3 with ids, elements with an id and data-search-section. */
    private static List<String> sections(Element main) {
        List<String> sections = new ArrayList<>();
        for (Element start : main.select("h2[id], h3[id], [id][data-search-section]")) {
            if (ignored(start, main)) {
                continue;
            }
            String label = start.attr("data-search-section");
            Map<String, List<String>> facets = new TreeMap<>();
            scope(start, main, "data-search-stage", "stage", facets);
            scope(start, main, "data-search-role", "role", facets);
            sections.add(start.id() + " | " + (label.isBlank() ? text(start) : label) + " | " + facets);
        }
        return sections;
    }

    private static void scope(Element start, Element main, String attribute, String facet, Map<String, List<String>> into) {
        Element scope = start.closest("[" + attribute + "]");
        if (scope != null && scope.parents().contains(main)) {
            into.put(facet, Arrays.stream(scope.attr(attribute).trim().split("\\s+")).filter(id -> !id.isEmpty()).distinct().sorted().toList());
        }
    }

    /** Whether {@code element} is, or is inside, an element that search ignores. */
    private static boolean ignored(Element element, Element main) {
        Element ignored = element.closest("[data-search-ignore]");
        return ignored != null && ignored.parents().contains(main);
    }

    /** The element's text as a reader sees it, without what search ignores. */
    private static String text(Element element) {
        Element copy = element.clone();
        copy.select("[data-search-ignore]").remove();
        return copy.text().replace('\u00a0', ' ').strip();
    }

    private static boolean countedAsTitle(PageTerms terms, String stem) {
        int i = Arrays.asList(terms.stems()).indexOf(stem);
        return i >= 0 && terms.count(i, Field.TITLE) > 0;
    }
}
