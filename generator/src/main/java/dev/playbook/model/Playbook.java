package dev.playbook.model;

import java.util.List;
import java.util.Optional;

/** Everything loaded from a content directory: the config, every page and every asset, in path order. */
public record Playbook(PlaybookConfig config, List<Document> documents, List<Asset> assets) {

    public Playbook {
        documents = List.copyOf(documents);
        assets = List.copyOf(assets);
    }

    public List<StructuredDocument> structured() {
        return documents.stream()
                .filter(StructuredDocument.class::isInstance)
                .map(StructuredDocument.class::cast)
                .toList();
    }

    public List<StructuredDocument> ofKind(ContentKind kind) {
        return structured().stream().filter(d -> d.kind().equals(kind.id())).toList();
    }

    public Optional<StructuredDocument> firstOfKind(ContentKind kind) {
        return ofKind(kind).stream().findFirst();
    }

    public List<GuidePage> guides() {
        return documents.stream().filter(GuidePage.class::isInstance).map(GuidePage.class::cast).toList();
    }
}
