package dev.playbook.markdown;

import dev.playbook.model.GuidePage;
import dev.playbook.model.ListNode;
import dev.playbook.model.MapNode;
import dev.playbook.model.Node;
import dev.playbook.model.Playbook;
import dev.playbook.model.Position;
import dev.playbook.model.ScalarNode;
import dev.playbook.model.SourceLink;
import dev.playbook.model.StructuredDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every link an author wrote, for link validation, at the link's own position: in guide bodies, and in the
 * Markdown of YAML text fields (found in the file's text by {@link FieldLinkPlace}, else the field's position).
 */
public final class SourceLinkCollector {

    private final MarkdownConverter markdown;

    public SourceLinkCollector(MarkdownConverter markdown) {
        this.markdown = markdown;
    }

    /**
     * {@code converted}: each guide's body as converted by the build, by the guide's path; {@code sources}: each
     * file's text, by path.
     */
    public List<SourceLink> collect(Playbook playbook, Map<String, ConvertedMarkdown> converted, Map<String, String> sources) {
        List<SourceLink> links = new ArrayList<>();
        for (GuidePage guide : playbook.guides()) {
            converted.get(guide.path()).links().forEach(link -> links.add(new SourceLink(link.target(),
                    new Position(guide.path(), link.line() + guide.bodyLineOffset(), link.column()))));
        }
        for (StructuredDocument document : playbook.structured()) {
            collectFieldLinks(document.data(), sources.getOrDefault(document.path(), ""), links);
        }
        // the site's logo and icon are files of the content folder too: a missing one is a broken link
        playbook.config().source().map("site").ifPresent(site -> List.of("logo", "favicon").forEach(key -> site.get(key)
                .filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
                .ifPresent(file -> links.add(new SourceLink(file.text(), file.position())))));
        return links;
    }

    private void collectFieldLinks(Node node, String file, List<SourceLink> into) {
        if (node instanceof MapNode map) {
            map.entries().forEach(entry -> collectFieldLinks(entry.value(), file, into));
        } else if (node instanceof ListNode list) {
            list.items().forEach(item -> collectFieldLinks(item, file, into));
        } else if (node instanceof ScalarNode scalar && scalar.isString()) {
            markdown.links(scalar.text()).forEach(link -> into.add(new SourceLink(link.target(),
                    FieldLinkPlace.locate(file, scalar.position(), scalar.text(), link))));
        }
    }
}
