package dev.playbook.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.playbook.model.SourceLinks;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Markdown stage: flexmark with tables, heading ids, [TOC], admonitions, task lists and
 * strikethrough. Links to other sources ({@code guide.md}, {@code sales-process.yaml#stage-x}) are
 * rewritten to the pages they become, and every internal link is percent-encoded once; script URLs are dropped;
 * raw HTML is sanitized. Thread-safe.
 */
public final class MarkdownConverter {

    // parsed once: jsoup would parse a query string on every call
    private static final org.jsoup.select.Evaluator HEADINGS = org.jsoup.select.QueryParser.parse("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]");
    private static final org.jsoup.select.Evaluator WITH_ID = org.jsoup.select.QueryParser.parse("[id]");
    private static final org.jsoup.select.Evaluator LINKS = org.jsoup.select.QueryParser.parse("a[href]");
    private static final org.jsoup.select.Evaluator IMAGES = org.jsoup.select.QueryParser.parse("img[src]");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    /** Present in a warm process: a text converted before is not converted again. */
    private final java.util.Optional<dev.playbook.model.RunMemo<Text, ConvertedMarkdown>> memo;

    /** A text and how it is converted: as blocks, or inline. */
    private record Text(String markdown, boolean inline, Set<String> takenIds) {

        /** Without the ids, the same set at every call: hashing it for each of thousands of guides was most of a lookup. */
        @Override
        public int hashCode() {
            return 31 * markdown.hashCode() + Boolean.hashCode(inline);
        }
    }

    public MarkdownConverter() {
        this(java.util.Optional.empty(), true);
    }

    /**
     * The same converter on flexmark's own inline and heading parsers, which are quadratic on long paragraphs:
     * what {@link LinearInlineParser} and {@link HeadingStart} must give the same HTML as (MarkdownBoundsTest).
     */
    static MarkdownConverter withFlexmarkParsers() {
        return new MarkdownConverter(java.util.Optional.empty(), false);
    }

    /** For a warm process that builds again and again (the live preview); call {@link #endRun()} after each build. */
    public static MarkdownConverter remembering() {
        return new MarkdownConverter(java.util.Optional.of(dev.playbook.model.RunMemo.byValue()), true);
    }

    /** Forgets the texts the build that just ended did not convert. */
    public void endRun() {
        memo.ifPresent(dev.playbook.model.RunMemo::endRun);
    }

    private MarkdownConverter(java.util.Optional<dev.playbook.model.RunMemo<Text, ConvertedMarkdown>> memo, boolean linear) {
        this.memo = memo;
        com.vladsch.flexmark.util.data.DataHolder options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(
                        TablesExtension.create(),
                        TocExtension.create(),
                        AdmonitionExtension.create(),
                        TaskListExtension.create(),
                        // no autolink extension: scanning every text run for bare URLs doubled parse time;
                        // CommonMark's own <https://...> autolinks still work
                        StrikethroughExtension.create()))
                // a task list's boxes are read-only marks, named by their state so that a screen reader does not
                // announce an unlabelled form field (axe's "label" rule) before every item
                .set(TaskListExtension.ITEM_DONE_MARKER, "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked=\"checked\""
                        + " disabled=\"disabled\" readonly=\"readonly\" aria-label=\"done\" />&nbsp;")
                .set(TaskListExtension.ITEM_NOT_DONE_MARKER, "<input type=\"checkbox\" class=\"task-list-item-checkbox\""
                        + " disabled=\"disabled\" readonly=\"readonly\" aria-label=\"not done\" />&nbsp;")
                .set(Parser.HEADING_PARSER, !linear) // replaced by HeadingStart, which asks it about heading lines only
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(TablesExtension.CLASS_NAME, "md-table")
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                // flexmark computes this default (reading SVG icons from its jar) on every parse unless it is set
                .set(AdmonitionExtension.TYPE_SVG_MAP, AdmonitionExtension.TYPE_SVG_MAP.get(null))
                .toImmutable();
        parser = linear
                ? Parser.builder(options)
                        .customInlineParserFactory(LinearInlineParser::new)
                        .customBlockParserFactory(new HeadingStart())
                        // flexmark registers the reader of reference definitions ("[ref]: url") only with its own inline parser
                        .paragraphPreProcessorFactory(new com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory())
                        .build()
                : Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).linkResolverFactory(new SourceLinkResolver.Factory())
                .nodeRendererFactory(new TableRegions.Factory())
                .htmlIdGeneratorFactory(new UniqueHeadingIds()).build();
    }

    public ConvertedMarkdown convert(String markdown) {
        return convert(markdown, false, Set.of());
    }

    /**
     * A page's body, whose heading ids must not be any of {@code takenIds}: the ids the theme gives elements of
     * the page around it ({@code main-content}), which a heading "Main content" would otherwise share.
     */
    public ConvertedMarkdown convert(String markdown, Set<String> takenIds) {
        return convert(markdown, false, takenIds);
    }

    /** For short texts in table cells: the same, without a wrapping paragraph. */
    public ConvertedMarkdown convertInline(String markdown) {
        return convert(markdown, true, Set.of());
    }

    private ConvertedMarkdown convert(String markdown, boolean inline, Set<String> takenIds) {
        return dev.playbook.model.RunMemo.get(memo, new Text(markdown, inline, takenIds),
                text -> convertNow(text.markdown(), text.inline(), text.takenIds()));
    }

    private ConvertedMarkdown convertNow(String markdown, boolean inline, Set<String> takenIds) {
        com.vladsch.flexmark.util.ast.Document document = parser.parse(markdown);
        document.set(UniqueHeadingIds.TAKEN, takenIds);
        java.util.Optional<Refusal> tooDeep = Nesting.check(document, new LineIndex(markdown));
        if (tooDeep.isPresent()) {
            return ConvertedMarkdown.refused(tooDeep.get());
        }
        List<LinkRef> links = links(document, markdown);
        String rendered = renderer.render(document);
        return hasRawHtml(document) ? sanitized(rendered, links, inline) : trusted(document, rendered, links, inline);
    }

    /**
     * Without raw HTML, flexmark's output holds only the elements Markdown makes, with text escaped and
     * URLs already checked by {@link SourceLinkResolver}: no sanitizing pass is needed. Most pages take
     * this path, which in big playbooks halves the cost of conversion.
     */
    private static ConvertedMarkdown trusted(com.vladsch.flexmark.util.ast.Document document, String html,
                                             List<LinkRef> links, boolean inline) {
        List<Heading> headings = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (com.vladsch.flexmark.util.ast.Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading && !heading.getAnchorRefId().isEmpty()) {
                headings.add(new Heading(heading.getLevel(), heading.getAnchorRefId(),
                        new com.vladsch.flexmark.util.ast.TextCollectingVisitor().collectAndGetText(heading)));
                ids.add(heading.getAnchorRefId());
            }
        }
        String body = encodeContentsLinks(html.strip(), headings);
        if (inline && document.getFirstChild() == document.getLastChild()
                && document.getFirstChild() instanceof com.vladsch.flexmark.ast.Paragraph
                && body.startsWith("<p>") && body.endsWith("</p>")) {
            body = body.substring(3, body.length() - 4);
        }
        return new ConvertedMarkdown(body, headings, ids, links);
    }

    /**
     * flexmark's {@code [TOC]} writes its links to the headings with their ids as they are ({@code href="#après"}), past
     * the link resolver: encoded here like every other link. Heading ids from Markdown are letters, digits, dashes and
     * underscores, which need no HTML escaping; only ids beyond ASCII change.
     */
    private static String encodeContentsLinks(String html, List<Heading> headings) {
        String encoded = html;
        for (Heading heading : headings) {
            String fragment = dev.playbook.model.UrlPaths.segment(heading.id());
            if (!fragment.equals(heading.id())) {
                encoded = encoded.replace("href=\"#" + heading.id() + "\"", "href=\"#" + fragment + "\"");
            }
        }
        return encoded;
    }

    /** Raw HTML in the Markdown: everything goes through the jsoup safelist. */
    private ConvertedMarkdown sanitized(String rendered, List<LinkRef> links, boolean inline) {
        Element body = sanitizer.clean(rendered);
        rewriteSourceLinks(body);
        List<Heading> headings = new ArrayList<>();
        for (Element heading : body.select(HEADINGS)) {
            headings.add(new Heading(Integer.parseInt(heading.tagName().substring(1)), heading.id(), heading.text()));
        }
        Set<String> ids = new LinkedHashSet<>();
        body.select(WITH_ID).forEach(e -> ids.add(e.id()));
        if (inline && body.childrenSize() == 1 && body.child(0).tagName().equals("p")) {
            body = body.child(0);
        }
        return new ConvertedMarkdown(body.html(), headings, ids, links);
    }

    private static boolean hasRawHtml(com.vladsch.flexmark.util.ast.Document document) {
        for (com.vladsch.flexmark.util.ast.Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.HtmlBlockBase || node instanceof com.vladsch.flexmark.ast.HtmlInlineBase) {
                return true;
            }
        }
        return false;
    }

    /** Links only, without rendering: for checking links in YAML text fields. */
    public List<LinkRef> links(String markdown) {
        if (!markdown.contains("](") && !markdown.contains("]:") && !markdown.contains("<")) {
            return List.of();
        }
        com.vladsch.flexmark.util.ast.Document document = parser.parse(markdown);
        return Nesting.check(document, new LineIndex(markdown)).isPresent() ? List.of() : links(document, markdown);
    }

    /** Why {@code markdown} cannot be converted, if it cannot: what a YAML text field is checked with before it is rendered. */
    public java.util.Optional<Refusal> refusal(String markdown) {
        if (!Nesting.mayBeTooDeep(markdown)) {
            return java.util.Optional.empty();
        }
        return Nesting.check(parser.parse(markdown), new LineIndex(markdown));
    }

    private static List<LinkRef> links(com.vladsch.flexmark.util.ast.Document document, String markdown) {
        List<LinkRef> links = new ArrayList<>();
        LineIndex lines = new LineIndex(markdown);
        NodeVisitor visitor = new NodeVisitor(
                new VisitHandler<>(Link.class, link -> links.add(lines.ref(link.getUrl().toString(), link.getStartOffset()))),
                new VisitHandler<>(Image.class, image -> links.add(lines.ref(image.getUrl().toString(), image.getStartOffset()))),
                // [text][ref] links land where their definition "[ref]: url" points: check the definition
                new VisitHandler<>(com.vladsch.flexmark.ast.Reference.class,
                        reference -> links.add(lines.ref(reference.getUrl().toString(), reference.getStartOffset()))),
                // <a href> and <img src> written as HTML are links too, checked like Markdown's, at their tag
                new VisitHandler<>(com.vladsch.flexmark.ast.HtmlInline.class, html -> htmlLinks(html, lines, links)),
                new VisitHandler<>(com.vladsch.flexmark.ast.HtmlBlock.class, html -> htmlLinks(html, lines, links)));
        visitor.visit(document);
        links.sort(java.util.Comparator.comparingInt(LinkRef::line).thenComparingInt(LinkRef::column));
        return links;
    }

    /** An {@code <a href>} or {@code <img src>} tag and the quoted or bare URL it holds. */
    private static final java.util.regex.Pattern HTML_LINK = java.util.regex.Pattern.compile(
            "<(?:a|img)\\s[^>]*?\\b(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"'`=<]+))",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static void htmlLinks(com.vladsch.flexmark.util.ast.Node html, LineIndex lines, List<LinkRef> into) {
        java.util.regex.Matcher tag = HTML_LINK.matcher(html.getChars());
        while (tag.find()) {
            String url = tag.group(1) != null ? tag.group(1) : tag.group(2) != null ? tag.group(2) : tag.group(3);
            into.add(lines.ref(org.jsoup.parser.Parser.unescapeEntities(url, true), html.getStartOffset() + tag.start()));
        }
    }

    private static void rewriteSourceLinks(Element body) {
        for (Element link : body.select(LINKS)) {
            link.attr("href", SourceLinks.toPage(link.attr("href")));
        }
        for (Element image : body.select(IMAGES)) {
            image.attr("src", SourceLinks.href(image.attr("src")));
        }
    }

    /** Offsets to 1-based lines and columns. */
    static final class LineIndex {
        private final List<Integer> starts = new ArrayList<>();

        LineIndex(String text) {
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
        }

        LinkRef ref(String target, int offset) {
            int[] at = at(offset);
            return new LinkRef(target, at[0], at[1]);
        }

        /** {line, column} of an offset, both from 1. */
        int[] at(int offset) {
            int line = 0;
            int low = 0;
            int high = starts.size() - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (starts.get(mid) <= offset) {
                    line = mid;
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            return new int[] {line + 1, offset - starts.get(line) + 1};
        }
    }
}
