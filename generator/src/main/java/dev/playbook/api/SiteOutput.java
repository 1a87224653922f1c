package dev.playbook.api;

import dev.playbook.render.PageSink;
import org.jsoup.nodes.Document;

import java.nio.charset.StandardCharsets;

/**
 * Where a build's files go while the pipeline runs: pages as they render, and the search index as
 * soon as it is made, so that writing it overlaps link validation. Called from several threads.
 */
@FunctionalInterface
interface SiteOutput extends PageSink {

    void write(String path, byte[] content);

    @Override
    default void accept(String path, String html, Document page) {
        write(path, html.getBytes(StandardCharsets.UTF_8));
    }
}
