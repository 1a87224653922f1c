package dev.playbook.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything loaded from a content directory: the config, every page and every asset, in path order, and
 * the content files that failed to load ({@code failures}), which later stages must not report again.
 */
public record Playbook(PlaybookConfig config, List<Document> documents, List<Asset> assets, List<LoadFailure> failures) {

    public Playbook {
        documents = List.copyOf(documents);
        assets = List.copyOf(assets);
        failures = List.copyOf(failures);
    }

    /** A playbook every file of which loaded. */
    public Playbook(PlaybookConfig config, List<Document> documents, List<Asset> assets) {
        this(config, documents, assets, List.of());
    }

    /** Whether the file at {@code path} (relative to the content folder) is there but failed to load. */
    public boolean failedToLoad(String path) {
        return failures.stream().anyMatch(failure -> failure.path().equals(path));
    }

    /** Whether a file meant to be of {@code kind} failed to load: what it defines is unknown, not absent. */
    public boolean failedToLoad(ContentKind kind) {
        return failures.stream().anyMatch(failure -> failure.kind().filter(kind::equals).isPresent());
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
