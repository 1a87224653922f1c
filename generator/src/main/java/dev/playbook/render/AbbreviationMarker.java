package dev.playbook.render;

import dev.playbook.model.Glossary;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Marks the first use of each glossary abbreviation on a page with {@code <abbr title="term">}, so that a
 * reader who meets "OTE" for the first time can see what it stands for. Only the text of {@code <main>} is
 * marked, never inside links, code, the page's title ({@code <h1>}) or an existing {@code <abbr>}; the glossary's
 * own page defines the abbreviations and is left as it is.
 */
final class AbbreviationMarker {

    /** Elements whose text is not marked: a link or code is not prose, and an abbr inside these would be odd. */
    private static final Set<String> SKIPPED = Set.of("a", "abbr", "code", "pre", "script", "style", "h1", "textarea",
            "button", "svg", "title", "select", "option", "kbd", "samp", "dfn");

    private final Map<String, String> abbreviations;
    private final Optional<String> glossaryPage;

    AbbreviationMarker(Map<String, String> abbreviations, Optional<String> glossaryPage) {
        this.abbreviations = Map.copyOf(abbreviations);
        this.glossaryPage = glossaryPage;
    }

    static AbbreviationMarker none() {
        return new AbbreviationMarker(Map.of(), Optional.empty());
    }

    /** The page with its first uses marked; the page itself when there is nothing to mark. */
    String mark(String path, String html) {
        if (abbreviations.isEmpty() || glossaryPage.filter(path::equals).isPresent()) {
            return html;
        }
        int main = html.indexOf("<main");
        int end = html.lastIndexOf("</main>");
        if (main < 0 || end < main) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 256);
        out.append(html, 0, main);
        Set<String> marked = new HashSet<>();
        int skipDepth = 0;
        int i = main;
        while (i < end) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = tagEnd(html, i, end);
                String tag = html.substring(i, close);
                out.append(tag);
                skipDepth = Math.max(0, skipDepth + depthChange(tag));
                i = close;
            } else {
                int next = html.indexOf('<', i);
                next = next < 0 || next > end ? end : next;
                String text = html.substring(i, next);
                out.append(skipDepth > 0 ? text : markText(text, marked));
                i = next;
            }
        }
        out.append(html, end, html.length());
        return out.toString();
    }

    private String markText(String text, Set<String> marked) {
        StringBuilder out = null;
        int at = 0;
        for (Glossary.Use use : Glossary.uses(text)) {
            String term = abbreviations.get(use.singular());
            if (term == null || !marked.add(use.singular())) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 64);
            }
            out.append(text, at, use.start())
                    .append("<abbr title=\"").append(attribute(term)).append("\">").append(use.written()).append("</abbr>");
            at = use.start() + use.written().length();
        }
        return out == null ? text : out.append(text, at, text.length()).toString();
    }

    /** Past the tag starting at {@code from}: a comment to its end, any other tag to its {@code >} outside quotes. */
    private static int tagEnd(String html, int from, int limit) {
        if (html.startsWith("<!--", from)) {
            int close = html.indexOf("-->", from + 4);
            return close < 0 ? limit : close + 3;
        }
        char quote = 0;
        for (int i = from + 1; i < limit; i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return limit;
    }

    /** +1 for the start of a skipped element, -1 for its end, 0 for any other tag. */
    private static int depthChange(String tag) {
        boolean closing = tag.startsWith("</");
        int start = closing ? 2 : 1;
        int stop = start;
        while (stop < tag.length() && (Character.isLetterOrDigit(tag.charAt(stop)))) {
            stop++;
        }
        String name = tag.substring(start, stop).toLowerCase(java.util.Locale.ROOT);
        if (!SKIPPED.contains(name) || tag.endsWith("/>")) {
            return 0;
        }
        return closing ? -1 : 1;
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
