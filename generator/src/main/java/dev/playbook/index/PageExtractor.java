package dev.playbook.index;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one rendered page the way the index sees it (docs/search.md): the facet {@code <meta>}s of its
 * head and the text of its {@code <main>}, cut into sections at headings with ids and at
 * {@code data-search-section} elements, each word weighted by where it stands.
 */
final class PageExtractor {

    static final List<String> FACETS = List.of("kind", "playbook", "stage", "role");
    /** Enough text around any match for a snippet; the page itself has the rest. */
    static final int MAX_SECTION_TEXT = 400;

    private final Stems stems;
    /** Counters not in use: each page borrows one, so threads never share one and pages reuse what they learnt. */
    private final java.util.concurrent.ConcurrentLinkedQueue<WordCounter> counters = new java.util.concurrent.ConcurrentLinkedQueue<>();

    PageExtractor(Stems stems) {
        this.stems = stems;
    }

    /** The page's index entry, or nothing when it has no {@code <main>} or its main says {@code data-search-exclude}. */
    Optional<IndexedPage> extract(String path, String html) {
        // Parsing only <head> and <main> skips the navigation, which is most of every page's bytes.
        int mainStart = html.indexOf("<main");
        int mainEnd = html.lastIndexOf("</main>");
        if (mainStart < 0 || mainEnd < mainStart) {
            return Optional.empty();
        }
        int headStart = html.indexOf("<head");
        int headEnd = html.indexOf("</head>");
        String head = headStart >= 0 && headEnd > headStart ? html.substring(headStart, headEnd + 7) : "";
        Document document = Jsoup.parse("<html>" + head + "<body>" + html.substring(mainStart, mainEnd + 7) + "</body></html>");
        Element main = document.selectFirst("main");
        if (main == null || main.hasAttr("data-search-exclude")) {
            return Optional.empty();
        }
        List<FacetValue> facets = new ArrayList<>();
        for (Element meta : document.select("meta[name^=search:]")) {
            String facet = meta.attr("name").substring("search:".length());
            String id = meta.attr("content");
            if (FACETS.contains(facet) && !id.isBlank()) {
                String label = meta.attr("data-label");
                facets.add(new FacetValue(facet, id, label.isBlank() ? id : label));
            }
        }
        Element h1 = main.selectFirst("h1");
        String title = h1 == null ? path : h1.text();
        WordCounter counter = counters.poll();
        if (counter == null) {
            counter = new WordCounter(stems);
        }
        Walk walk = new Walk(title, counter);
        NodeTraversor.traverse(walk, main);
        IndexedPage page = walk.page(path, facets);
        counters.add(counter); // only after a complete page: a failed one would leave its counts behind
        return Optional.of(page);
    }

    /** One pass over {@code <main>}, in document order. */
    private final class Walk implements NodeVisitor {

        private final List<IndexedSection> sections = new ArrayList<>();
        private final WordCounter words;
        private String sectionId = "";
        private String sectionHeading;
        private Map<String, List<String>> sectionFacets = Map.of();
        private final StringBuilder sectionText = new StringBuilder();
        private boolean sectionFull;
        private final String title;
        /** The heading that started the current section, if it was a heading. */
        private Element sectionHeadingElement;
        /** The {@code data-search-ignore} element being passed over, if any. */
        private Element skipping;
        /** How many open title, heading and field elements the walk is inside: a text's field without looking up. */
        private int inTitle;
        private int inHeading;
        private int inStructured;
        /** Inside the heading that started the current section. */
        private boolean inSectionHeading;

        Walk(String title, WordCounter words) {
            this.title = title;
            this.words = words;
            this.sectionHeading = title;
        }

        @Override
        public void head(Node node, int depth) {
            if (skipping != null) {
                return;
            }
            if (node instanceof Element element) {
                if (element.hasAttr("data-search-ignore")) {
                    skipping = element;
                    return;
                }
                if (startsSection(element)) {
                    startSection(element);
                }
                count(element, 1);
                if (element.isBlock() || element.normalName().equals("br")) {
                    space();
                }
            } else if (node instanceof TextNode text) {
                // the raw text: TextNode.text() would normalise whitespace code point by code point, and
                // the tokenizer and appendText skip whitespace anyway
                String words = text.getWholeText();
                if (words.isBlank()) {
                    space();
                    return;
                }
                this.words.add(words, field());
                if (inTitle == 0 && !inSectionHeading) {
                    // the title and the section's heading are shown as headings, not as text
                    appendText(words);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipping != null) {
                if (node == skipping) {
                    skipping = null;
                }
                return;
            }
            if (node instanceof Element element) {
                count(element, -1);
                if (element.isBlock()) {
                    space();
                }
            }
        }

        private void count(Element element, int step) {
            String tag = element.normalName();
            if (tag.equals("h1")) {
                inTitle += step;
            } else if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6') {
                inHeading += step;
            }
            if (element.hasAttr("data-search-field")) {
                inStructured += step;
            }
            if (element == sectionHeadingElement) {
                inSectionHeading = step > 0;
            }
        }

        /** The most telling field the walk stands in: the title, a heading, a structured field or the body. */
        private Field field() {
            return inTitle > 0 ? Field.TITLE : inHeading > 0 ? Field.HEADING : inStructured > 0 ? Field.STRUCTURED : Field.BODY;
        }

        private boolean startsSection(Element element) {
            if (!element.hasAttr("id")) {
                return false;
            }
            String tag = element.normalName();
            return element.hasAttr("data-search-section") || tag.equals("h2") || tag.equals("h3");
        }

        private void startSection(Element element) {
            finishSection();
            // a heading is the section's heading, not its text; a marked row's text is its content
            sectionHeadingElement = element.hasAttr("data-search-section") ? null : element;
            sectionId = element.id();
            String heading = element.attr("data-search-section");
            sectionHeading = heading.isBlank() ? element.text() : heading;
            sectionFacets = scopedFacets(element);
        }

        private void finishSection() {
            String text = sectionText.toString().strip();
            if (!text.isEmpty() || !sectionId.isEmpty()) {
                sections.add(new IndexedSection(sectionId, sectionHeading, text, sectionFacets));
            }
            sectionText.setLength(0);
            sectionFull = false;
        }

        IndexedPage page(String path, List<FacetValue> facets) {
            finishSection();
            WordCounter.PageCounts counted = words.finishPage();
            return new IndexedPage(title, sections, new PageTerms(path, facets, counted.stems(), counted.counts(), counted.lengths()));
        }

        /** Appends text with every run of whitespace as one space, up to the section's limit, never half a word. */
        private void appendText(String words) {
            int n = words.length();
            int i = 0;
            while (i < n && !sectionFull) {
                if (isSpace(words.charAt(i))) {
                    space();
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < n && !isSpace(words.charAt(end))) {
                    end++;
                }
                if (sectionText.length() + end - i > MAX_SECTION_TEXT) {
                    sectionFull = true; // later words of the section would leave a gap in the text
                    return;
                }
                sectionText.append(words, i, end);
                i = end;
            }
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0';
        }

        private void space() {
            int n = sectionText.length();
            if (n > 0 && !sectionFull && n < MAX_SECTION_TEXT && sectionText.charAt(n - 1) != ' ') {
                sectionText.append(' ');
            }
        }
    }

    /** Stages and roles a section is limited to: from its nearest element (itself or an ancestor) that says so. */
    private static Map<String, List<String>> scopedFacets(Element start) {
        Map<String, List<String>> scoped = new LinkedHashMap<>();
        for (String facet : List.of("stage", "role")) {
            for (Element e = start; e != null; e = e.parent()) {
                if (e.hasAttr("data-search-" + facet)) {
                    List<String> ids = Arrays.stream(e.attr("data-search-" + facet).trim().split("\\s+"))
                            .filter(id -> !id.isEmpty()).distinct().sorted().toList();
                    scoped.put(facet, ids);
                    break;
                }
            }
        }
        return scoped;
    }
}
