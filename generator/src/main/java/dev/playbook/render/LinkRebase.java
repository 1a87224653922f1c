package dev.playbook.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;

/**
 * Relative links in a YAML text are written from the page of the document that holds it (its Markdown links to
 * {@code guides/x.md} became {@code guides/x.html}). A page that shows that text from another folder (a role page
 * showing the sales process's exit criteria) rebases them: resolved against the page the text comes from, then
 * written from the showing page's root.
 */
final class LinkRebase {

    /** Resolves links; never fetched. */
    private static final URI SITE = URI.create("https://site.invalid/");

    private LinkRebase() {
    }

    /**
     * {@code html} with its relative links (percent-encoded, as the Markdown stage writes them) rebased from {@code from}
     * (a site URL such as {@code team/sales-process.html}) to {@code root}.
     */
    static String rebase(String html, String from, String root) {
        if (!html.contains("href=") && !html.contains("src=")) {
            return html;
        }
        // the page's URL, encoded once whether the template named it as a URL (site.stages[id].url) or as a path
        String page = dev.playbook.model.UrlPaths.link(dev.playbook.model.UrlPaths.decode(from));
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element element : fragment.select("a[href], img[src]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String value = element.attr(attribute);
            if (value.isEmpty() || value.startsWith("#") || value.startsWith("/") || value.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                continue;
            }
            try {
                URI resolved = SITE.resolve(page).resolve(value);
                String path = resolved.getRawPath().substring(1);
                element.attr(attribute, root + path + (resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment()));
                changed = true;
            } catch (IllegalArgumentException e) {
                // not a URL a browser would follow from the first page either: left as it is
            }
        }
        return changed ? fragment.body().html() : html;
    }
}
