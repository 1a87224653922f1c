package dev.playbook.model;

import java.util.List;

/**
 * One PDF to print: its file in the site ({@code path}), what its cover says, and the site's pages that are its
 * parts, in order (each part keeps its own title and review date). {@code version} is the version being printed,
 * or a word saying there is none.
 */
public record PrintedBook(String path, String title, String subtitle, String playbookTitle, String version, List<String> pages) {

    public PrintedBook {
        pages = List.copyOf(pages);
    }
}
