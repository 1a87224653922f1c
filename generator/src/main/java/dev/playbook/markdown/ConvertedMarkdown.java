package dev.playbook.markdown;

import dev.playbook.model.GuideHtml;

import java.util.List;
import java.util.Set;

/**
 * Sanitized HTML of a Markdown text, with its headings, every id an {@code #anchor} may point at,
 * and the links it contains as written (before {@code .md} became {@code .html}).
 */
public record ConvertedMarkdown(String html, List<Heading> headings, Set<String> ids, List<LinkRef> links,
                                java.util.Optional<Refusal> refusal) {

    public ConvertedMarkdown {
        headings = List.copyOf(headings);
        ids = Set.copyOf(ids);
        links = List.copyOf(links);
    }

    ConvertedMarkdown(String html, List<Heading> headings, Set<String> ids, List<LinkRef> links) {
        this(html, headings, ids, links, java.util.Optional.empty());
    }

    /** A text the converter would not convert: nothing to show, and the reason, which the build reports as an error. */
    static ConvertedMarkdown refused(Refusal refusal) {
        return new ConvertedMarkdown("", List.of(), Set.of(), List.of(), java.util.Optional.of(refusal));
    }

    /** What the render stage shows of a guide: its body and its table of contents. */
    public GuideHtml guideHtml() {
        return new GuideHtml(html, headings.stream().map(h -> new GuideHtml.TocEntry(h.level(), h.id(), h.text())).toList());
    }
}
