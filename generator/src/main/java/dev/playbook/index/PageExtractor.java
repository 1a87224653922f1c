package dev.playbook.index;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one rendered page the way the index sees it (docs/search.md): the facet {@code <meta>}s of its
 * head and the text of its first {@code <main>}, cut into sections at headings with ids and at
 * {@code data-search-section} elements, each word weighted by where it stands.
 *
 * <p>The page comes as jsoup read it, once, in the render stage (which takes the page's ids and links
 * from the same reading): elements are where a browser puts them, whatever the theme wrote.
 */
final class PageExtractor {

    static final List<String> FACETS = List.of("kind", "playbook", "stage", "role");
    /** Enough text around any match for a snippet; the page itself has the rest. */
    static final int MAX_SECTION_TEXT = 400;

    /** Elements that mark up words inside running text, whose edges do not part words. */
    private static final java.util.Set<String> RUNNING_TEXT = java.util.Set.of("a", "abbr", "b", "strong", "em", "i", "code",
            "mark", "small", "sub", "sup", "u", "s", "q", "kbd", "var", "dfn", "time", "del", "ins", "cite", "bdi", "bdo", "data");

    private final Stems stems;

    PageExtractor(Stems stems) {
        this.stems = stems;
    }

    /** The page's index entry, or nothing when it has no {@code <main>} or its main says {@code data-search-exclude}. */
    Optional<IndexedPage> extract(String path, Document page) {
        Element main = page.selectFirst("main");
        if (main == null || main.hasAttr("data-search-exclude")) {
            return Optional.empty();
        }
        Walk walk = new Walk(new WordCounter(stems), main);
        for (Element meta : page.head().getElementsByTag("meta")) {
            walk.facet(meta);
        }
        for (Node child : main.childNodes()) {
            NodeTraversor.filter(walk, child);
        }
        return Optional.of(walk.page(path, main.hasAttr("data-search-about"), glossary(path, main)));
    }

    /** The glossary entries of a page: {@code data-search-term} elements, their {@code data-search-name}s and {@code data-search-see}. */
    static List<GlossaryTerm> glossary(String path, Element main) {
        List<GlossaryTerm> terms = new ArrayList<>();
        for (Element entry : main.getElementsByAttribute("data-search-term")) {
            List<String> names = entry.getElementsByAttribute("data-search-name").stream()
                    .map(Element::text).map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
            if (names.isEmpty()) {
                continue;
            }
            String see = entry.attr("data-search-see").strip();
            int hash = see.indexOf('#');
            String target = hash < 0 ? see : see.substring(0, hash);
            String section = hash < 0 ? "" : dev.playbook.model.UrlPaths.decode(see.substring(hash + 1));
            String page = target.isEmpty() ? (section.isEmpty() ? "" : path) : resolve(path, target);
            terms.add(new GlossaryTerm(entry.id(), names, page, page.isEmpty() ? "" : section));
        }
        return terms;
    }

    /** A link (URL text) on page {@code from} as a path from the site root, percent-decoded; empty when it leaves the site. */
    static String resolve(String from, String link) {
        if (link.contains(":") || link.startsWith("/")) {
            return "";
        }
        java.util.Deque<String> parts = new java.util.ArrayDeque<>(Arrays.asList(from.split("/")));
        parts.removeLast();
        for (String part : dev.playbook.model.UrlPaths.decode(link).split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return "";
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /**
     * One pass over the main's nodes, in document order. What an element makes of the text inside it
     * (title, heading, structured field, block) is read from the element itself on the way in and on the
     * way out, so the walk keeps counters, not a stack.
     */
    private static final class Walk implements NodeFilter {

        private final WordCounter words;
        private final Element main;
        private final List<FacetValue> facets = new ArrayList<>();
        private final List<IndexedSection> sections = new ArrayList<>();

        private int inTitle;
        private int inHeading;
        private int inStructured;

        private String title;
        private final StringBuilder titleText = new StringBuilder();
        /** The first h1 while inside it, else null. */
        private Element titleElement;

        private String sectionId = "";
        /** Null for the page's first section, which is headed by the page title. */
        private String sectionHeading;
        private Map<String, List<String>> sectionFacets = Map.of();
        private final StringBuilder sectionText = new StringBuilder();
        private boolean sectionFull;
        /** The element whose text names the section, while inside it, else null. */
        private Element headingElement;
        /** Whether that element is a heading, shown as the section's heading and not as its text. */
        private boolean inSectionHeading;
        private final StringBuilder headingText = new StringBuilder();

        Walk(WordCounter words, Element main) {
            this.words = words;
            this.main = main;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                // the raw text: TextNode.text() would normalise whitespace, which the walk does its own way
                text(text.getWholeText());
            } else if (node instanceof Element element) {
                if (element.hasAttr("data-search-ignore")) {
                    return FilterResult.SKIP_ENTIRELY; // nor is its end seen
                }
                start(element);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                end(element);
            }
            return FilterResult.CONTINUE;
        }

        private void start(Element element) {
            if (startsSection(element)) {
                startSection(element);
            }
            String name = element.normalName();
            if (name.equals("h1")) {
                inTitle++;
                if (title == null && titleElement == null) {
                    titleElement = element;
                }
            } else if (isHeading(name)) {
                inHeading++;
            }
            if (element.hasAttr("data-search-field")) {
                inStructured++;
            }
            if (separates(element)) {
                space();
            }
        }

        /**
         * Whether an element's edges part words in a snippet: blocks and line breaks, and any element but the few
         * that mark up words inside running text ({@code <em>}, {@code <a>}), so that two fields a theme sets side
         * by side ({@code <span>€75,000</span><span>base salary</span>}) read "€75,000 base salary".
         */
        private static boolean separates(Element element) {
            String name = element.normalName();
            return element.isBlock() || name.equals("br") || !RUNNING_TEXT.contains(name);
        }

        private void end(Element element) {
            String name = element.normalName();
            if (name.equals("h1")) {
                inTitle--;
            } else if (isHeading(name)) {
                inHeading--;
            }
            if (element.hasAttr("data-search-field")) {
                inStructured--;
            }
            if (element == titleElement) {
                title = normalized(titleText);
                titleElement = null;
            }
            if (element == headingElement) {
                sectionHeading = normalized(headingText);
                headingElement = null;
                inSectionHeading = false;
            }
            if (separates(element)) {
                space();
            }
        }

        private void text(String text) {
            if (isBlank(text)) {
                space();
                return;
            }
            words.add(text, field());
            if (titleElement != null) {
                titleText.append(text);
            }
            if (headingElement != null) {
                headingText.append(text);
            }
            if (inTitle == 0 && !inSectionHeading) {
                // the title and the section's heading are shown as headings, not as text
                appendText(text);
            }
        }

        /** The page, once every node of its main has been walked. */
        IndexedPage page(String path, boolean about, List<GlossaryTerm> glossary) {
            finishSection();
            String pageTitle = title == null ? path : title;
            List<IndexedSection> headed = sections.stream()
                    .map(s -> s.heading() == null ? new IndexedSection(s.id(), pageTitle, s.text(), s.facets()) : s)
                    .toList();
            WordCounter.PageCounts counted = words.finishPage();
            return new IndexedPage(pageTitle, headed,
                    new PageTerms(path, facets, counted.stems(), counted.counts(), counted.lengths(), counted.words(), about), glossary);
        }

        void facet(Element meta) {
            String name = attr(meta, "name");
            String id = attr(meta, "content");
            if (name == null || !name.startsWith("search:") || id == null || id.isBlank()) {
                return;
            }
            String facet = name.substring("search:".length());
            if (FACETS.contains(facet)) {
                String label = attr(meta, "data-label");
                facets.add(new FacetValue(facet, id, label == null || label.isBlank() ? id : label));
            }
        }

        /** The most telling field the walk stands in: the title, a heading, a structured field or the body. */
        private Field field() {
            return inTitle > 0 ? Field.TITLE : inHeading > 0 ? Field.HEADING : inStructured > 0 ? Field.STRUCTURED : Field.BODY;
        }

        private static boolean startsSection(Element element) {
            if (!element.hasAttr("id")) {
                return false;
            }
            String name = element.normalName();
            return element.hasAttr("data-search-section") || name.equals("h2") || name.equals("h3");
        }

        private void startSection(Element element) {
            finishSection();
            sectionId = element.attr("id");
            String label = attr(element, "data-search-section");
            // a heading is the section's heading, not its text; a marked row's text is its content
            inSectionHeading = label == null;
            if (label == null || label.isBlank()) {
                headingElement = element; // named by its own text, once it has been read
                headingText.setLength(0);
                sectionHeading = "";
            } else {
                headingElement = null;
                sectionHeading = label;
            }
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

        /** Stages and roles a section is limited to: from its nearest element (itself or an enclosing one inside main) that says so. */
        private Map<String, List<String>> scopedFacets(Element section) {
            Map<String, List<String>> scoped = new LinkedHashMap<>();
            scope("stage", "data-search-stage", section, scoped);
            scope("role", "data-search-role", section, scoped);
            return scoped;
        }

        private void scope(String facet, String attribute, Element section, Map<String, List<String>> into) {
            for (Element e = section; e != null && e != main; e = e.parent()) {
                if (e.hasAttr(attribute)) {
                    String ids = e.attr(attribute);
                    into.put(facet, Arrays.stream(ids.trim().split("\\s+")).filter(id -> !id.isEmpty()).distinct().sorted().toList());
                    return;
                }
            }
        }

        /** The attribute's value, or null when the element has none (an attribute without a value is ""). */
        private static String attr(Element element, String name) {
            return element.hasAttr(name) ? element.attr(name) : null;
        }

        /** Appends text with every run of whitespace as one space, up to the section's limit, never half a word. */
        private void appendText(String text) {
            int i = 0;
            int to = text.length();
            while (i < to && !sectionFull) {
                if (isSpace(text.charAt(i))) {
                    space();
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < to && !isSpace(text.charAt(end))) {
                    end++;
                }
                if (sectionText.length() + end - i > MAX_SECTION_TEXT) {
                    sectionFull = true; // later words of the section would leave a gap in the text
                    return;
                }
                sectionText.append(text, i, end);
                i = end;
            }
        }

        private void space() {
            int n = sectionText.length();
            if (n > 0 && !sectionFull && n < MAX_SECTION_TEXT && sectionText.charAt(n - 1) != ' ') {
                sectionText.append(' ');
            }
            if (titleElement != null) {
                titleText.append(' ');
            }
            if (headingElement != null) {
                headingText.append(' ');
            }
        }

        private static boolean isHeading(String name) {
            return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '2' && name.charAt(1) <= '6';
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0';
        }

        private static boolean isBlank(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (!isSpace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Runs of whitespace as one space, none at either end: a heading as a reader sees it. */
        private static String normalized(CharSequence text) {
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (isSpace(c)) {
                    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                        out.append(' ');
                    }
                } else {
                    out.append(c);
                }
            }
            int n = out.length();
            return n > 0 && out.charAt(n - 1) == ' ' ? out.substring(0, n - 1) : out.toString();
        }
    }
}
