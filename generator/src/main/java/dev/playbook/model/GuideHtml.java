package dev.playbook.model;

import java.util.List;

/** A guide's body as sanitized HTML, with the headings for its table of contents. */
public record GuideHtml(String html, List<TocEntry> toc) {

    public record TocEntry(int level, String id, String text) {
    }

    public GuideHtml {
        toc = List.copyOf(toc);
    }
}
