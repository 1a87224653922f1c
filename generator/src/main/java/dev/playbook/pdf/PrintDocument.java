package dev.playbook.pdf;

import dev.playbook.model.PrintedBook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lays a printed book out as one HTML document for the PDF renderer: a cover, a table of contents whose page
 * numbers the renderer fills in ({@code target-counter}), the outline ({@code <bookmarks>}), then each part: the
 * {@code <main>} of its page, as the site shows it, with what only works on screen taken out. Links between parts
 * become links inside the PDF; links to pages that are not in it keep their text and lose their target.
 */
final class PrintDocument {

    /** Resolves a page's relative links; never fetched. */
    private static final URI SITE = URI.create("https://site.invalid/");
    /** On screen only: navigation, forms, scripts, and what the base-14 fonts cannot draw. */
    private static final String SCREEN_ONLY = "script, style, nav, form, button, input, select, textarea, iframe, video, audio, svg, "
            + "noscript, template, [hidden], .visually-hidden, .skip-link, aside.related-guides, .role-download, .stage__nav";

    private PrintDocument() {
    }

    static Document assemble(PrintedBook book, Function<String, Optional<String>> pages) {
        Document out = Document.createShell("");
        out.head().appendElement("meta").attr("charset", "utf-8");
        out.head().appendElement("title").text(book.title());
        out.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(PrintStyle.css(book)));
        Element bookmarks = out.head().appendElement("bookmarks");
        Element body = out.body();

        Element cover = body.appendElement("section").addClass("cover");
        cover.appendElement("p").addClass("cover__playbook").text(book.playbookTitle());
        cover.appendElement("h1").addClass("cover__title").text(book.title());
        if (!book.subtitle().isBlank()) {
            cover.appendElement("p").addClass("cover__subtitle").text(book.subtitle());
        }
        cover.appendElement("p").addClass("cover__version").text(book.version());

        Element toc = body.appendElement("section").addClass("toc");
        toc.appendElement("h1").text("Contents");
        Element list = toc.appendElement("ol").addClass("toc__list");

        Map<String, Integer> partOf = new HashMap<>();
        List<String> paths = book.pages().stream().filter(p -> pages.apply(p).isPresent()).toList();
        for (int i = 0; i < paths.size(); i++) {
            partOf.put(paths.get(i), i + 1);
        }
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            int number = i + 1;
            Document page = Jsoup.parse(pages.apply(path).orElseThrow());
            Element main = Optional.ofNullable(page.selectFirst("main")).orElse(page.body());
            main.select(SCREEN_ONLY).remove();
            // a page's images are files of the site, which the printer is not given: left out, not printed as broken
            main.select("img:not([src^=data:])").remove();
            main.select(".checkbox").forEach(box -> box.text(""));
            main.select("*").forEach(e -> e.textNodes().forEach(t -> t.text(printable(t.getWholeText()))));
            // inline styles carry the screen's layout (custom properties the print renderer does not read)
            main.select("[style]").forEach(e -> e.removeAttr("style"));
            String title = Optional.ofNullable(main.selectFirst("h1")).map(Element::text).orElse(path);

            Element part = body.appendElement("section").addClass("part").id("part-" + number);
            part.appendElement("div").addClass("running-title").text(title);
            rewrite(main, path, number, partOf);
            main.children().forEach(child -> part.appendChild(child.clone()));

            list.appendElement("li").appendElement("a").addClass("toc__link").attr("href", "#part-" + number).text(title);
            bookmarks.appendElement("bookmark").attr("name", title).attr("href", "#part-" + number);
        }
        return out;
    }

    /** Signs the base-14 fonts cannot draw (they would print as #), in words they can. */
    private static final Map<String, String> SIGNS = Map.of("\u2192", "->", "\u2190", "<-", "\u2194", "<->",
            "\u2265", ">=", "\u2264", "<=", "\u2260", "!=", "\u2713", "(yes)", "\u2717", "(no)", "\u2610", "[ ]", "\u2212", "-");

    private static String printable(String text) {
        String out = text;
        for (Map.Entry<String, String> sign : SIGNS.entrySet()) {
            if (out.contains(sign.getKey())) {
                out = out.replace(sign.getKey(), sign.getValue());
            }
        }
        return out;
    }

    /** Ids made unique per part; links to other parts point inside the PDF, links to other pages are dropped. */
    private static void rewrite(Element main, String path, int number, Map<String, Integer> partOf) {
        String prefix = "p" + number + "-";
        main.select("[id]").forEach(e -> e.id(prefix + e.id()));
        main.select("[aria-labelledby], [aria-controls], [for]").forEach(e -> e.removeAttr("aria-labelledby").removeAttr("aria-controls").removeAttr("for"));
        for (Element link : main.select("a[href]")) {
            String href = link.attr("href");
            Optional<String> target = target(href, path, partOf);
            if (target.isPresent()) {
                link.attr("href", target.get());
            } else if (!(href.startsWith("https:") || href.startsWith("http:") || href.startsWith("mailto:"))) {
                link.removeAttr("href");
                link.removeAttr("download");
            }
        }
    }

    private static Optional<String> target(String href, String path, Map<String, Integer> partOf) {
        URI resolved;
        try {
            // the page's path as URL text: a name with a space is no URI as it is
            resolved = SITE.resolve(dev.playbook.model.UrlPaths.path(path)).resolve(href);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not a URL a browser would follow either
        }
        if (!SITE.getHost().equals(resolved.getHost())) {
            return Optional.empty();
        }
        Integer part = partOf.get(resolved.getPath().substring(1));
        if (part == null) {
            return Optional.empty();
        }
        // decoded: an id in the PDF is matched as it is, and the printer does not decode a link's #fragment
        String fragment = resolved.getFragment();
        return Optional.of(fragment == null || fragment.isEmpty() ? "#part-" + part : "#p" + part + "-" + fragment);
    }
}
