package dev.playbook.render;

import java.util.Set;

/**
 * What the checks need to know of a rendered page once its HTML has gone to the sink: every id in it
 * (for #anchor checks) and every internal link target in it (for reachability), without fragments.
 */
public record RenderedPage(String path, Set<String> ids, Set<String> links) {

    public RenderedPage {
        ids = Set.copyOf(ids);
        links = Set.copyOf(links);
    }
}
