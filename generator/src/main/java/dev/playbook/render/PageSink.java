package dev.playbook.render;

import org.jsoup.nodes.Document;

import java.util.function.Supplier;

/**
 * Where rendered pages go as soon as they are rendered, so a big site is never held in memory whole.
 * Called from several threads.
 *
 * <p>Each page comes with {@code page}, its HTML as jsoup reads it: the renderer parses every page it
 * renders once, takes its ids and links from that reading and hands it on, so a sink that reads the page
 * (the search index) reads the same tree instead of parsing it again. A warm renderer that sends a page as
 * it last rendered it parses it only if a sink asks. The sink may read it during the call, on the calling
 * thread, and must not change it.
 */
@FunctionalInterface
public interface PageSink {

    void accept(String path, String html, Supplier<Document> page);

    /** For a check: pages are rendered to learn their ids and links, then dropped. */
    static PageSink discard() {
        return (path, html, page) -> { };
    }
}
