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
    /**
     * Present in a warm process: each document's links as last collected, with what they were collected from (the
     * converted body or the file's text, by identity), so an unchanged document's links are not gathered again.
     */
    private final java.util.Optional<dev.playbook.model.RunMemo<dev.playbook.model.Document, Collected>> memo;

    private record Collected(Object from, List<SourceLink> links) {
    }

    public SourceLinkCollector(MarkdownConverter markdown) {
        this(markdown, java.util.Optional.empty());
    }

    private SourceLinkCollector(MarkdownConverter markdown, java.util.Optional<dev.playbook.model.RunMemo<dev.playbook.model.Document, Collected>> memo) {
        this.markdown = markdown;
        this.memo = memo;
    }

    /** For a warm process (the live preview), kept from run to run. Not thread-safe. */
    public static SourceLinkCollector remembering(MarkdownConverter markdown) {
        return new SourceLinkCollector(markdown, java.util.Optional.of(dev.playbook.model.RunMemo.byIdentity()));
    }

    /**
     * {@code converted}: each guide's body as converted by the build, by the guide's path; {@code sources}: each
     * file's text, by path.
     */
    public List<SourceLink> collect(Playbook playbook, Map<String, ConvertedMarkdown> converted, Map<String, String> sources) {
        List<SourceLink> links = new ArrayList<>();
        for (GuidePage guide : playbook.guides()) {
            links.addAll(remembered(guide, converted.get(guide.path()), () -> guideLinks(guide, converted.get(guide.path()))));
        }
        for (StructuredDocument document : playbook.structured()) {
            String text = sources.getOrDefault(document.path(), "");
            links.addAll(remembered(document, text, () -> {
                List<SourceLink> found = new ArrayList<>();
                collectFieldLinks(document.data(), text, found);
                return found;
            }));
        }
        memo.ifPresent(dev.playbook.model.RunMemo::endRun);
        // the site's logo and icon are files of the content folder too: a missing one is a broken link
        playbook.config().source().map("site").ifPresent(site -> List.of("logo", "favicon").forEach(key -> site.get(key)
                .filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
                .ifPresent(file -> links.add(new SourceLink(file.text(), file.position())))));
        return links;
    }

    /** The links of {@code document} collected from {@code from}: as last time, when it was the same document from the same object. */
    private List<SourceLink> remembered(dev.playbook.model.Document document, Object from, java.util.function.Supplier<List<SourceLink>> collect) {
        Collected last = dev.playbook.model.RunMemo.get(memo, document, d -> new Collected(from, collect.get()));
        return last.from() == from ? last.links() : collect.get();
    }

    private static List<SourceLink> guideLinks(GuidePage guide, ConvertedMarkdown body) {
        List<SourceLink> links = new ArrayList<>();
        body.links().forEach(link -> links.add(new SourceLink(link.target(),
                new Position(guide.path(), link.line() + guide.bodyLineOffset(), link.column()))));
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
