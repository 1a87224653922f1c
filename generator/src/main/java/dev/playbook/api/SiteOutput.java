package dev.playbook.api;

import java.nio.charset.StandardCharsets;

/**
 * Where a build's files go while the pipeline runs: pages as they render, and the search index as
 * soon as it is made, so that writing it overlaps link validation. Called from several threads.
 */
@FunctionalInterface
interface SiteOutput {

    void write(String path, byte[] content);

    /** A rendered page. */
    default void page(String path, String html) {
        write(path, html.getBytes(StandardCharsets.UTF_8));
    }

    /** A page byte for byte what it was in the last run of a warm pipeline: only an output that kept it can take this. */
    default void unchangedPage(String path) {
        throw new UnsupportedOperationException("this output keeps no pages");
    }
}
