package dev.playbook.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Reads one rendered page the way the index sees it (docs/search.md): the facet {@code <meta>}s of its
 * head and the text of its {@code <main>}, cut into sections at headings with ids and at
 * {@code data-search-section} elements, each word weighted by where it stands.
 *
 * <p>A page is read with {@link StrictHtmlReader} when it is written cleanly, as the default theme
 * writes every page, and with jsoup ({@link JsoupHtmlReader}) when it is not; both report the same
 * events to the same {@link Walk}.
 */
final class PageExtractor {

    static final List<String> FACETS = List.of("kind", "playbook", "stage", "role");
    /** Enough text around any match for a snippet; the page itself has the rest. */
    static final int MAX_SECTION_TEXT = 400;

    private final Stems stems;
    /** Readers and counters not in use: each page borrows a pair, so threads never share one and pages reuse what they learnt. */
    private final ConcurrentLinkedQueue<Workspace> idle = new ConcurrentLinkedQueue<>();

    private record Workspace(StrictHtmlReader reader, WordCounter counter) {
    }

    PageExtractor(Stems stems) {
        this.stems = stems;
    }

    /** The page's index entry, or nothing when it has no {@code <main>} or its main says {@code data-search-exclude}. */
    Optional<IndexedPage> extract(String path, String html) {
        return extract(path, html, true);
    }

    /** The same, read by jsoup alone when {@code strict} is false (tests compare the two). */
    Optional<IndexedPage> extract(String path, String html, boolean strict) {
        // Reading only <head> and <main> skips the navigation, which is most of every page's bytes.
        int mainStart = html.indexOf("<main");
        int mainEnd = html.lastIndexOf("</main>");
        if (mainStart < 0 || mainEnd < mainStart) {
            return Optional.empty();
        }
        int headStart = html.indexOf("<head");
        int headEnd = html.indexOf("</head>");
        String head = headStart >= 0 && headEnd > headStart ? html.substring(headStart, headEnd + 7) : "";
        String main = html.substring(mainStart, mainEnd + 7);
        Workspace workspace = idle.poll();
        if (workspace == null) {
            workspace = new Workspace(new StrictHtmlReader(), new WordCounter(stems));
        }
        Walk walk = new Walk(workspace.counter());
        if (strict) {
            try {
                workspace.reader().read(head, walk);
                workspace.reader().read(main, walk);
            } catch (StrictHtmlReader.NotStrict e) {
                workspace.counter().discardPage();
                walk = new Walk(workspace.counter());
                strict = false;
            }
        }
        if (!strict) {
            JsoupHtmlReader.read(head, main, walk);
        }
        Optional<IndexedPage> page = walk.page(path);
        idle.add(workspace); // only after a complete page: a failed one would leave its counts behind
        return page;
    }

    /** One pass over the page, in document order; counts only inside {@code <main>}. */
    private static final class Walk implements HtmlEvents {

        private static final byte TITLE = 1;
        private static final byte HEADING = 2;
        private static final byte STRUCTURED = 4;
        private static final byte BLOCK = 8;

        private final WordCounter words;
        private final List<FacetValue> facets = new ArrayList<>();
        private final List<IndexedSection> sections = new ArrayList<>();

        // the open elements: what each one makes of the text inside it, and the stages and roles it scopes
        private byte[] kinds = new byte[32];
        private String[] stages = new String[32];
        private String[] roles = new String[32];
        private int depth;
        /** The depth of {@code <main>} while inside it, else -1. */
        private int mainDepth = -1;
        private boolean mainSeen;
        /** The main says {@code data-search-exclude}: the page stays out of the index. */
        private boolean mainExcluded;
        /** The depth of the {@code data-search-ignore} element being passed over, else -1. */
        private int skipDepth = -1;
        private int inTitle;
        private int inHeading;
        private int inStructured;

        private String title;
        private final StringBuilder titleText = new StringBuilder();
        /** The depth of the first h1 while inside it, else -1. */
        private int titleDepth = -1;

        private String sectionId = "";
        /** Null for the page's first section, which is headed by the page title. */
        private String sectionHeading;
        private Map<String, List<String>> sectionFacets = Map.of();
        private final StringBuilder sectionText = new StringBuilder();
        private boolean sectionFull;
        /** The depth of the element whose text names the section, while inside it, else -1. */
        private int headingDepth = -1;
        /** Whether that element is a heading, shown as the section's heading and not as its text. */
        private boolean inSectionHeading;
        private final StringBuilder headingText = new StringBuilder();

        Walk(WordCounter words) {
            this.words = words;
        }

        @Override
        public void start(StartTag tag) {
            int at = push();
            if (skipDepth >= 0 || mainExcluded) {
                return;
            }
            String name = tag.name();
            if (mainDepth < 0) {
                if (mainSeen) {
                    return; // the first <main> is the page; anything after it is not
                }
                if (name.equals("meta")) {
                    facet(tag);
                } else if (name.equals("main")) {
                    mainDepth = at;
                    mainSeen = true;
                    mainExcluded = tag.attr("data-search-exclude") != null;
                }
                return;
            }
            if (tag.attr("data-search-ignore") != null) {
                skipDepth = at;
                return;
            }
            stages[at] = tag.attr("data-search-stage");
            roles[at] = tag.attr("data-search-role");
            if (startsSection(tag)) {
                startSection(tag, at);
            }
            boolean block = tag.isBlock();
            byte kind = 0;
            if (name.equals("h1")) {
                kind |= TITLE;
                inTitle++;
                if (title == null && titleDepth < 0) {
                    titleDepth = at;
                }
            } else if (isHeading(name)) {
                kind |= HEADING;
                inHeading++;
            }
            if (tag.attr("data-search-field") != null) {
                kind |= STRUCTURED;
                inStructured++;
            }
            if (block) {
                kind |= BLOCK;
            }
            kinds[at] = kind;
            if (block || name.equals("br")) {
                space();
            }
        }

        @Override
        public void end() {
            int at = --depth;
            if (skipDepth >= 0 || mainExcluded || mainDepth < 0) {
                if (at == skipDepth) {
                    skipDepth = -1;
                }
                return;
            }
            if (at == mainDepth) {
                mainDepth = -1;
                return;
            }
            byte kind = kinds[at];
            if ((kind & TITLE) != 0) {
                inTitle--;
            }
            if ((kind & HEADING) != 0) {
                inHeading--;
            }
            if ((kind & STRUCTURED) != 0) {
                inStructured--;
            }
            if (at == titleDepth) {
                title = normalized(titleText);
                titleDepth = -1;
            }
            if (at == headingDepth) {
                sectionHeading = normalized(headingText);
                headingDepth = -1;
                inSectionHeading = false;
            }
            if ((kind & BLOCK) != 0) {
                space();
            }
        }

        @Override
        public void text(String text, int from, int to) {
            if (skipDepth >= 0 || mainExcluded || mainDepth < 0) {
                return;
            }
            if (isBlank(text, from, to)) {
                space();
                return;
            }
            words.add(text, from, to, field());
            if (titleDepth >= 0) {
                titleText.append(text, from, to);
            }
            if (headingDepth >= 0) {
                headingText.append(text, from, to);
            }
            if (inTitle == 0 && !inSectionHeading) {
                // the title and the section's heading are shown as headings, not as text
                appendText(text, from, to);
            }
        }

        /** The page, once every event is in; nothing for a page without a main or with one that stays out. */
        Optional<IndexedPage> page(String path) {
            if (!mainSeen || mainExcluded) {
                words.discardPage();
                return Optional.empty();
            }
            finishSection();
            String pageTitle = title == null ? path : title;
            List<IndexedSection> headed = sections.stream()
                    .map(s -> s.heading() == null ? new IndexedSection(s.id(), pageTitle, s.text(), s.facets()) : s)
                    .toList();
            WordCounter.PageCounts counted = words.finishPage();
            return Optional.of(new IndexedPage(pageTitle, headed, new PageTerms(path, facets, counted.stems(), counted.counts(), counted.lengths(), counted.words())));
        }

        private int push() {
            if (depth == kinds.length) {
                kinds = Arrays.copyOf(kinds, depth * 2);
                stages = Arrays.copyOf(stages, depth * 2);
                roles = Arrays.copyOf(roles, depth * 2);
            }
            kinds[depth] = 0;
            stages[depth] = null;
            roles[depth] = null;
            return depth++;
        }

        private void facet(StartTag meta) {
            String name = meta.attr("name");
            String id = meta.attr("content");
            if (name == null || !name.startsWith("search:") || id == null || id.isBlank()) {
                return;
            }
            String facet = name.substring("search:".length());
            if (FACETS.contains(facet)) {
                String label = meta.attr("data-label");
                facets.add(new FacetValue(facet, id, label == null || label.isBlank() ? id : label));
            }
        }

        /** The most telling field the walk stands in: the title, a heading, a structured field or the body. */
        private Field field() {
            return inTitle > 0 ? Field.TITLE : inHeading > 0 ? Field.HEADING : inStructured > 0 ? Field.STRUCTURED : Field.BODY;
        }

        private static boolean startsSection(StartTag tag) {
            if (tag.attr("id") == null) {
                return false;
            }
            String name = tag.name();
            return tag.attr("data-search-section") != null || name.equals("h2") || name.equals("h3");
        }

        private void startSection(StartTag tag, int at) {
            finishSection();
            sectionId = tag.attr("id");
            String label = tag.attr("data-search-section");
            // a heading is the section's heading, not its text; a marked row's text is its content
            inSectionHeading = label == null;
            if (label == null || label.isBlank()) {
                headingDepth = at; // named by its own text, once it has been read
                headingText.setLength(0);
                sectionHeading = "";
            } else {
                headingDepth = -1;
                sectionHeading = label;
            }
            sectionFacets = scopedFacets(at);
        }

        private void finishSection() {
            String text = sectionText.toString().strip();
            if (!text.isEmpty() || !sectionId.isEmpty()) {
                sections.add(new IndexedSection(sectionId, sectionHeading, text, sectionFacets));
            }
            sectionText.setLength(0);
            sectionFull = false;
        }

        /** Stages and roles a section is limited to: from its nearest element (itself or an enclosing one) that says so. */
        private Map<String, List<String>> scopedFacets(int at) {
            Map<String, List<String>> scoped = new LinkedHashMap<>();
            scope("stage", stages, at, scoped);
            scope("role", roles, at, scoped);
            return scoped;
        }

        /** The ids of the nearest element at or above depth {@code at} that names some. */
        private static void scope(String facet, String[] named, int at, Map<String, List<String>> into) {
            String ids = null;
            for (int d = at; ids == null && d >= 0; d--) {
                ids = named[d];
            }
            if (ids != null) {
                into.put(facet, Arrays.stream(ids.trim().split("\\s+")).filter(id -> !id.isEmpty()).distinct().sorted().toList());
            }
        }

        /** Appends text with every run of whitespace as one space, up to the section's limit, never half a word. */
        private void appendText(String text, int from, int to) {
            int i = from;
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
            if (titleDepth >= 0) {
                titleText.append(' ');
            }
            if (headingDepth >= 0) {
                headingText.append(' ');
            }
        }

        private static boolean isHeading(String name) {
            return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '2' && name.charAt(1) <= '6';
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0';
        }

        private static boolean isBlank(String text, int from, int to) {
            for (int i = from; i < to; i++) {
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
