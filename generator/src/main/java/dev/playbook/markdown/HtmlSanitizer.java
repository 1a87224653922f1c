package dev.playbook.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;


/**
 * Makes Markdown output safe to publish: only the elements and attributes Markdown produces survive,
 * and no link or image can run script. jsoup's safelist does the main work; a second pass looks at
 * every URL as a browser would (control characters and blanks dropped, case folded) because
 * {@code java&#x09;script:} is relative to jsoup but {@code javascript:} to a browser.
 */
final class HtmlSanitizer {

    private static final String BASE = "https://playbook.invalid/";

    private static final org.jsoup.select.Evaluator URL_ATTRIBUTES = org.jsoup.select.QueryParser.parse("[href], [src]");
    private static final org.jsoup.select.Evaluator NOT_CHECKBOX = org.jsoup.select.QueryParser.parse("input:not([type=checkbox])");
    private static final org.jsoup.select.Evaluator INPUTS = org.jsoup.select.QueryParser.parse("input");

    private final Safelist safelist = Safelist.relaxed()
            .addTags("input", "del", "s", "hr", "abbr", "kbd", "mark", "figure", "figcaption", "details", "summary")
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
            .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addAttributes(":all", "class")
            .addAttributes("a", "id", "title")
            .addAttributes("input", "type", "checked", "disabled", "aria-label")
            .addAttributes("th", "align").addAttributes("td", "align")
            // the region a table scrolls in (TableRegions); none of these can run anything
            .addAttributes("div", "role", "tabindex", "aria-label")
            .addProtocols("img", "src", "data")
            .preserveRelativeLinks(true);

    /** Cleans a fragment and returns the cleaned body, ready for post-processing. */
    public Element clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        Element body = clean.body();
        for (Element link : body.select(URL_ATTRIBUTES)) {
            neutralize(link, "href");
            neutralize(link, "src");
        }
        // Markdown task lists are the only inputs we keep
        body.select(NOT_CHECKBOX).remove();
        body.select(INPUTS).attr("disabled", "disabled");
        return body;
    }

    private static void neutralize(Element element, String attribute) {
        if (!element.hasAttr(attribute)) {
            return;
        }
        String url = element.attr(attribute);
        boolean image = attribute.equals("src") && element.tagName().equals("img");
        if (!UrlSafety.isSafe(url, image)) {
            element.removeAttr(attribute);
        } else if (url.startsWith(BASE)) {
            // jsoup made a relative URL absolute against our placeholder base: undo that
            element.attr(attribute, url.substring(BASE.length()));
        }
    }
}
