package dev.playbook.index;

import java.util.List;
import java.util.Map;

/**
 * A part of a page a result can link to: the page top ({@code id} empty) or a heading or row with an id.
 * {@code facets} holds only what is narrower than the page's (e.g. the one stage a section is about).
 */
public record IndexedSection(String id, String heading, String text, Map<String, List<String>> facets) {

    public IndexedSection {
        facets = Map.copyOf(facets);
    }
}
