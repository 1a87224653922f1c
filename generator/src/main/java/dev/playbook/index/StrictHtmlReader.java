package dev.playbook.index;

import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads HTML written the way the default theme and flexmark write it, every element closed where it
 * was opened, straight from the string: no document, no node objects. jsoup's document is most of
 * what indexing a page costs, and the index only needs the elements' order.
 *
 * <p>It reads only what an HTML5 parser would read the same way, and gives up ({@link NotStrict}) on
 * the rest: an end tag that does not close the innermost open element, an element left open, a block
 * or list item inside an open {@code <p>}, a heading inside a heading, a list item straight inside
 * another, a link, button, form or nobr inside another, table parts outside their place or anything
 * else straight inside a table, HTML inside SVG, ruby, and markup it does not know. The caller then
 * reads the page with {@link JsoupHtmlReader}, which reads anything as a browser does; a test holds
 * the two to the same result on every page of the sample and on each of these cases. Tag facts (void,
 * block) come from jsoup's own table; the common character references are decoded here, any other by
 * jsoup.
 *
 * <p>One per thread: it keeps a little state between pages.
 */
final class StrictHtmlReader {

    /** The page is not one this reader can read like a browser would; read it with jsoup. */
    static final class NotStrict extends RuntimeException {
        NotStrict(String why) {
            super(why, null, false, false); // thrown per odd page, and caught at once: no stack trace
        }
    }

    /** Starting any of these closes an open {@code <p>} in a browser. */
    private static final Set<String> CLOSES_P = Set.of("address", "article", "aside", "blockquote", "center", "details",
            "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "listing", "main", "menu", "nav", "ol", "p", "pre", "search", "section",
            "summary", "table", "ul", "li", "dd", "dt");
    /** Elements that take a browser out of SVG or MathML back into HTML. */
    private static final Set<String> LEAVES_FOREIGN = Set.of("b", "big", "blockquote", "body", "br", "center", "code", "dd",
            "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
            "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup",
            "table", "tt", "u", "ul", "var", "font");
    /** Elements a browser reads in a way of their own (implied parents, renaming, a separate document). */
    private static final Set<String> UNREAD = Set.of("html", "body", "frameset", "frame", "template", "image",
            "noembed", "noframes", "iframe", "xmp", "plaintext", "select", "option", "optgroup", "math",
            "ruby", "rb", "rt", "rtc", "rp");
    /** Inside SVG, these hold HTML or script again, which a browser reads by HTML's rules. */
    private static final Set<String> SVG_HTML_POINTS = Set.of("foreignobject", "desc", "title", "script", "style");
    /** Elements a browser closes before opening another of the same inside them. */
    private static final Set<String> NOT_NESTED = Set.of("a", "button", "form", "nobr");
    /** Elements straight inside which a browser keeps only table parts (and whitespace): it moves anything else before the table. */
    private static final Set<String> TABLE_PARTS = Set.of("table", "thead", "tbody", "tfoot", "tr", "colgroup");
    /** Each table part and the elements it may sit straight inside; anywhere else a browser moves or drops it. */
    private static final Map<String, Set<String>> TABLE_PARENTS = Map.of(
            "td", Set.of("tr"), "th", Set.of("tr"),
            "tr", Set.of("thead", "tbody", "tfoot", "table"),
            "thead", Set.of("table"), "tbody", Set.of("table"), "tfoot", Set.of("table"),
            "caption", Set.of("table"), "colgroup", Set.of("table"), "col", Set.of("colgroup", "table"));

    private final Map<String, Tag> htmlTags = new HashMap<>();
    private final Map<String, Tag> svgTags = new HashMap<>();
    private final Attributes attributes = new Attributes();
    private String[] open = new String[32];
    private int depth;
    private int openParagraphs;
    private int foreignDepth = -1;

    /** Reports every element and text of {@code html}, which must close everything it opens. */
    void read(String html, HtmlEvents events) {
        depth = 0;
        openParagraphs = 0;
        foreignDepth = -1;
        if (html.indexOf('\0') >= 0) {
            throw new NotStrict("a NUL character"); // browsers drop it, and a word on either side would join
        }
        int n = html.length();
        int textStart = 0;
        int nextAmpersand = html.indexOf('&');
        int i = 0;
        while (true) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char c = html.charAt(lt + 1);
            if (isAsciiLetter(c) || c == '/' || c == '!' || c == '?') {
                if (lt > textStart) {
                    nextAmpersand = text(html, textStart, lt, nextAmpersand, events);
                }
                if (c == '/') {
                    i = endTag(html, lt, events);
                } else if (c == '!') {
                    i = comment(html, lt);
                } else if (c == '?') {
                    throw new NotStrict("<? outside XML");
                } else {
                    i = startTag(html, lt, events);
                }
                textStart = i;
            } else {
                i = lt + 1; // a '<' that is text, as in "a < b"
            }
        }
        if (n > textStart) {
            text(html, textStart, n, nextAmpersand, events);
        }
        if (depth != 0) {
            throw new NotStrict("<" + open[depth - 1] + "> is never closed");
        }
    }

    /** Reports {@code html[from, to)} as text; returns where the next '&' is, from {@code to} on. */
    private int text(String html, int from, int to, int nextAmpersand, HtmlEvents events) {
        if (nextAmpersand >= 0 && nextAmpersand < from) {
            nextAmpersand = html.indexOf('&', from); // the last one was inside a tag
        }
        if (depth > 0 && TABLE_PARTS.contains(open[depth - 1]) && !isBlank(html, from, to)) {
            throw new NotStrict("text straight inside <" + open[depth - 1] + ">"); // a browser moves it before the table
        }
        if (nextAmpersand >= 0 && nextAmpersand < to) {
            String decoded = decodeText(html.substring(from, to));
            events.text(decoded, 0, decoded.length());
            return html.indexOf('&', to);
        }
        events.text(html, from, to);
        return nextAmpersand;
    }

    private int startTag(String html, int lt, HtmlEvents events) {
        int n = html.length();
        int i = lt + 1;
        int nameEnd = nameEnd(html, i);
        String name = lowerCase(html, i, nameEnd);
        attributes.clear();
        boolean selfClosing = false;
        i = nameEnd;
        while (true) {
            while (i < n && isSpace(html.charAt(i))) {
                i++;
            }
            if (i >= n) {
                throw new NotStrict("<" + name + " is cut off");
            }
            char c = html.charAt(i);
            if (c == '>') {
                i++;
                break;
            }
            if (c == '/') {
                if (i + 1 < n && html.charAt(i + 1) == '>') {
                    selfClosing = true;
                    i += 2;
                    break;
                }
                i++;
                continue;
            }
            i = attribute(html, i, name);
        }
        Tag tag = foreignDepth >= 0 || name.equals("svg")
                ? svgTags.computeIfAbsent(name, svg -> Tag.valueOf(svg, Parser.NamespaceSvg, ParseSettings.htmlDefault))
                : htmlTags.computeIfAbsent(name, Tag::valueOf);
        checkNesting(name, tag, selfClosing);
        attributes.block = tag.isBlock();
        attributes.name = name;
        events.start(attributes);
        if (tag.isEmpty() || selfClosing) {
            events.end();
            return i;
        }
        push(name);
        if (foreignDepth < 0 && (name.equals("script") || name.equals("style"))) {
            return rawText(html, i, name, false, events);
        }
        if (foreignDepth < 0 && (name.equals("title") || name.equals("textarea"))) {
            return rawText(html, i, name, true, events);
        }
        return i;
    }

    /** Reads one attribute from {@code i}; returns where the tag goes on. */
    private int attribute(String html, int i, String element) {
        int n = html.length();
        int nameStart = i;
        while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '/' && html.charAt(i) != '>'
                && (html.charAt(i) != '=' || i == nameStart)) {
            i++;
        }
        String name = lowerCase(html, nameStart, i);
        while (i < n && isSpace(html.charAt(i))) {
            i++;
        }
        String value = "";
        if (i < n && html.charAt(i) == '=') {
            i++;
            while (i < n && isSpace(html.charAt(i))) {
                i++;
            }
            if (i >= n) {
                throw new NotStrict("<" + element + " is cut off");
            }
            char quote = html.charAt(i);
            int valueStart;
            int valueEnd;
            if (quote == '"' || quote == '\'') {
                valueStart = i + 1;
                valueEnd = html.indexOf(quote, valueStart);
                if (valueEnd < 0) {
                    throw new NotStrict("<" + element + "> has an unclosed quote");
                }
                i = valueEnd + 1;
            } else {
                valueStart = i;
                while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '>') {
                    i++;
                }
                valueEnd = i;
            }
            value = html.substring(valueStart, valueEnd);
            if (value.indexOf('&') >= 0) {
                value = decode(value, true);
            }
        }
        attributes.add(name, value);
        return i;
    }

    private int endTag(String html, int lt, HtmlEvents events) {
        int nameStart = lt + 2;
        int nameEnd = nameEnd(html, nameStart);
        if (nameEnd == nameStart) {
            throw new NotStrict("</ without a name");
        }
        String name = lowerCase(html, nameStart, nameEnd);
        int close = html.indexOf('>', nameEnd);
        if (close < 0 || (close > nameEnd && !isBlank(html, nameEnd, close))) {
            throw new NotStrict("</" + name + "> is cut off or has attributes");
        }
        if (depth == 0 || !open[depth - 1].equals(name)) {
            throw new NotStrict("</" + name + "> does not close " + (depth == 0 ? "anything" : "<" + open[depth - 1] + ">"));
        }
        pop();
        events.end();
        return close + 1;
    }

    /** Where a tag's name that starts at {@code from} ends: at whitespace, '/' or '>'. */
    private static int nameEnd(String html, int from) {
        int end = from;
        while (end < html.length() && !isSpace(html.charAt(end)) && html.charAt(end) != '/' && html.charAt(end) != '>') {
            end++;
        }
        return end;
    }

    /** Skips a comment or a doctype from {@code lt}; returns where the text goes on. */
    private static int comment(String html, int lt) {
        if (html.startsWith("<!--", lt)) {
            if (html.startsWith("<!-->", lt) || html.startsWith("<!--->", lt)) {
                throw new NotStrict("an abruptly closed comment");
            }
            int end = html.indexOf("-->", lt + 4);
            if (end < 0) {
                throw new NotStrict("an unclosed comment");
            }
            int bang = html.indexOf("--!>", lt + 4);
            if (bang >= 0 && bang < end) {
                throw new NotStrict("a comment closed by --!>"); // a browser ends it there
            }
            return end + 3;
        }
        if (html.startsWith("<![", lt)) {
            throw new NotStrict("CDATA outside XML");
        }
        int end = html.indexOf('>', lt);
        if (end < 0) {
            throw new NotStrict("an unclosed <!");
        }
        return end + 1; // <!DOCTYPE ...>
    }

    /**
     * The content of script and style (not reported) or of title and textarea (reported as text), up
     * to the element's end tag; returns where the text goes on after it.
     */
    private int rawText(String html, int from, String name, boolean reported, HtmlEvents events) {
        int at = from;
        while (true) {
            int end = html.indexOf("</", at);
            if (end < 0) {
                throw new NotStrict("<" + name + "> is never closed");
            }
            int after = end + 2 + name.length();
            if (html.regionMatches(true, end + 2, name, 0, name.length()) && after < html.length()
                    && (html.charAt(after) == '>' || isSpace(html.charAt(after)) || html.charAt(after) == '/')) {
                if (reported && end > from) {
                    String text = decodeText(html.substring(from, end));
                    events.text(text, 0, text.length());
                }
                return endTag(html, end, events);
            }
            at = end + 2;
        }
    }

    /** Text with its references decoded; a {@code &#0;} among them is dropped by a browser, and words on either side would join. */
    private static String decodeText(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        String decoded = decode(text, false);
        if (decoded.indexOf('\0') >= 0) {
            throw new NotStrict("a reference to NUL");
        }
        return decoded;
    }

    /** The references the theme's templates and flexmark write, and what each stands for. */
    private static final String[][] COMMON_REFERENCES = {
            {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&nbsp;", "\u00a0"}};

    /**
     * Text with its character references decoded. The common ones are decoded here; a text with any
     * other goes to jsoup, whose table of two thousand names costs more to load than a small playbook's
     * whole index.
     */
    static String decode(String text, boolean inAttribute) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', from)) {
            String[] known = null;
            for (String[] reference : COMMON_REFERENCES) {
                if (text.startsWith(reference[0], amp)) {
                    known = reference;
                    break;
                }
            }
            if (known == null) {
                return Parser.unescapeEntities(text, inAttribute);
            }
            out.append(text, from, amp).append(known[1]);
            from = amp + known[0].length();
        }
        return out.append(text, from, text.length()).toString();
    }

    /** Gives up where a browser would not nest {@code name} as written. */
    private void checkNesting(String name, Tag tag, boolean selfClosing) {
        if (foreignDepth >= 0) {
            if (LEAVES_FOREIGN.contains(name) || SVG_HTML_POINTS.contains(name)) {
                throw new NotStrict("<" + name + "> inside <" + open[foreignDepth] + ">");
            }
            return;
        }
        String parent = depth > 0 ? open[depth - 1] : "";
        Set<String> tableParents = TABLE_PARENTS.get(name);
        if (tableParents != null ? !tableParents.contains(parent) : TABLE_PARTS.contains(parent)) {
            throw new NotStrict("<" + name + "> straight inside " + (parent.isEmpty() ? "nothing" : "<" + parent + ">"));
        }
        if (UNREAD.contains(name) || (name.equals("head") && depth > 0)) {
            throw new NotStrict("<" + name + ">");
        }
        if (selfClosing && !tag.isEmpty() && !name.equals("svg")) {
            throw new NotStrict("<" + name + "/> does not close in HTML");
        }
        if (openParagraphs > 0 && CLOSES_P.contains(name)) {
            throw new NotStrict("<" + name + "> inside an open <p>");
        }
        if (depth > 0 && isHeading(name) && isHeading(open[depth - 1])) {
            throw new NotStrict("<" + name + "> inside <" + open[depth - 1] + ">");
        }
        if (name.equals("li") || name.equals("dd") || name.equals("dt")) {
            for (int d = depth - 1; d >= 0; d--) {
                String outer = open[d];
                if (outer.equals("ul") || outer.equals("ol") || outer.equals("menu") || outer.equals("dl")) {
                    break;
                }
                if (outer.equals("li") || outer.equals("dd") || outer.equals("dt")) {
                    throw new NotStrict("<" + name + "> straight inside <" + outer + ">");
                }
            }
        }
        if (NOT_NESTED.contains(name)) {
            for (int d = depth - 1; d >= 0; d--) {
                if (open[d].equals(name)) {
                    throw new NotStrict("<" + name + "> inside <" + name + ">");
                }
            }
        }
    }

    private void push(String name) {
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        if (name.equals("p")) {
            openParagraphs++;
        }
        if (foreignDepth < 0 && name.equals("svg")) {
            foreignDepth = depth;
        }
        open[depth++] = name;
    }

    private void pop() {
        depth--;
        if (open[depth].equals("p") && foreignDepth < 0) {
            openParagraphs--;
        }
        if (depth == foreignDepth) {
            foreignDepth = -1;
        }
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** HTML's whitespace. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code s[from, to)} in lower case, without a copy when it is lower case already (it nearly always is). */
    private static String lowerCase(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return s.substring(from, to).toLowerCase(java.util.Locale.ROOT);
            }
        }
        return s.substring(from, to);
    }

    /** The tag being reported: its name and attributes, reused from tag to tag. */
    private static final class Attributes implements HtmlEvents.StartTag {

        private String[] names = new String[8];
        private String[] values = new String[8];
        private int size;
        private String name;
        private boolean block;

        void clear() {
            size = 0;
        }

        void add(String attribute, String value) {
            if (attr(attribute) != null) {
                return; // a browser keeps the first of two
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = attribute;
            values[size++] = value;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String attr(String attribute) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(attribute)) {
                    return values[i];
                }
            }
            return null;
        }

        @Override
        public boolean isBlock() {
            return block;
        }
    }
}
