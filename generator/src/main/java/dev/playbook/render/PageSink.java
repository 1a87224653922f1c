package dev.playbook.render;

/**
 * Where rendered pages go as soon as they are rendered, so a big site is never held in memory whole.
 * Called from several threads.
 */
@FunctionalInterface
public interface PageSink {

    void accept(String path, String html);

    /** For a check: pages are rendered to learn their ids and links, then dropped. */
    static PageSink discard() {
        return (path, html) -> { };
    }
}
