package dev.playbook.render;

import dev.playbook.model.SourceLinks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a rendered page once, with jsoup, as a browser would: whatever a theme writes (quotes single,
 * double or none, entities in values, elements left open) gives the ids and links a browser sees. The
 * same reading goes on to the page sink, and so to the search index: one parse per page, in this stage,
 * because this stage made the page. Safe for several threads.
 */
final class PageReader {

    /** The same link targets recur on every page (the navigation): one String each, shared. */
    private final Map<String, String> canonical = new ConcurrentHashMap<>();

    Document parse(String html) {
        return Jsoup.parse(html);
    }

    /**
     * Every id of the page (for #anchor checks) and every internal link target in it, without fragments and
     * percent-decoded, as the path a browser asks the host for (for reachability).
     */
    RenderedPage read(String path, Document page) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> links = new HashSet<>();
        for (Element element : page.getAllElements()) {
            if (element.hasAttr("id")) {
                ids.add(element.attr("id"));
            }
            if (element.hasAttr("href")) {
                String target = SourceLinks.pathOf(element.attr("href"));
                if (!target.isEmpty() && target.indexOf(':') < 0) {
                    // decoded after the scheme test: a page named a:b.html is linked as a%3Ab.html
                    links.add(canonical.computeIfAbsent(target, dev.playbook.model.UrlPaths::decode));
                }
            }
        }
        return new RenderedPage(path, ids, links);
    }
}
