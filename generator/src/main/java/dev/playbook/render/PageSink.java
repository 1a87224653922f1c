package dev.playbook.render;

import org.jsoup.nodes.Document;

/**
 * Where rendered pages go as soon as they are rendered, so a big site is never held in memory whole.
 * Called from several threads.
 *
 * <p>Each page comes with {@code page}, its HTML as jsoup reads it: the renderer parses every page it
 * renders once, takes its ids and links from that reading and hands it on, so a sink that reads the page
 * (the search index) reads the same tree instead of parsing it again, which would cost as much again
 * (docs/search.md). It is jsoup's own type, not a tree of ours: a copy would cost its own time and be a
 * second HTML model to keep. The sink may read it during the call, on the calling thread, and must not
 * change it.
 */
@FunctionalInterface
public interface PageSink {

    void accept(String path, String html, Document page);

    /**
     * A warm renderer's word that the page at {@code path} is byte for byte what it sent in its last render:
     * a sink that kept that page uses it again. Only a warm renderer (the live preview) calls this, and only
     * for a page it sent in its last render; a sink that keeps nothing is never given one.
     */
    default void unchanged(String path) {
        throw new UnsupportedOperationException("this sink keeps no pages: give it to a renderer that renders every page");
    }

    /** For a check: pages are rendered to learn their ids and links, then dropped. */
    static PageSink discard() {
        return new PageSink() {
            @Override
            public void accept(String path, String html, Document page) {
            }

            @Override
            public void unchanged(String path) {
            }
        };
    }
}
