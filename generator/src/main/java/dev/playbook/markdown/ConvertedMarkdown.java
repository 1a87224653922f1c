package dev.playbook.markdown;

import java.util.List;
import java.util.Set;

/**
 * Sanitized HTML of a Markdown text, with its headings, every id an {@code #anchor} may point at,
 * and the links it contains as written (before {@code .md} became {@code .html}).
 */
public record ConvertedMarkdown(String html, List<Heading> headings, Set<String> ids, List<LinkRef> links) {

    public ConvertedMarkdown {
        headings = List.copyOf(headings);
        ids = Set.copyOf(ids);
        links = List.copyOf(links);
    }
}
