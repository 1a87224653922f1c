package dev.playbook.render;

import java.util.Set;

/** One page of the site: its path, its HTML and every id in it (for #anchor checks). */
public record RenderedPage(String path, String html, Set<String> ids) {

    public RenderedPage {
        ids = Set.copyOf(ids);
    }
}
