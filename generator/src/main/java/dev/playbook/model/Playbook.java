package dev.playbook.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything loaded from a content directory: the config, every page and every asset, in path order, and
 * the content files that failed to load ({@code failures}), which later stages must not report again.
 * Immutable. A class rather than a record only to sort its documents once, by type and kind: stages ask for
 * "the guides" or "the compensation plans" many times per build, and a playbook may have ten thousand pages.
 */
public final class Playbook {

    private final PlaybookConfig config;
    private final List<Document> documents;
    private final List<Asset> assets;
    private final List<LoadFailure> failures;
    private final List<StructuredDocument> structured;
    private final List<GuidePage> guides;
    private final Map<String, List<StructuredDocument>> byKind;

    public Playbook(PlaybookConfig config, List<Document> documents, List<Asset> assets, List<LoadFailure> failures) {
        this.config = Objects.requireNonNull(config);
        this.documents = List.copyOf(documents);
        this.assets = List.copyOf(assets);
        this.failures = List.copyOf(failures);
        List<StructuredDocument> structuredOnes = new ArrayList<>();
        List<GuidePage> guideOnes = new ArrayList<>();
        Map<String, List<StructuredDocument>> kinds = new HashMap<>();
        for (Document document : this.documents) {
            if (document instanceof StructuredDocument s) {
                structuredOnes.add(s);
                if (s.kind() != null) {
                    kinds.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
                }
            } else if (document instanceof GuidePage g) {
                guideOnes.add(g);
            }
        }
        this.structured = List.copyOf(structuredOnes);
        this.guides = List.copyOf(guideOnes);
        Map<String, List<StructuredDocument>> frozen = new HashMap<>();
        kinds.forEach((kind, list) -> frozen.put(kind, List.copyOf(list)));
        this.byKind = Map.copyOf(frozen);
    }

    /** A playbook every file of which loaded. */
    public Playbook(PlaybookConfig config, List<Document> documents, List<Asset> assets) {
        this(config, documents, assets, List.of());
    }

    public PlaybookConfig config() {
        return config;
    }

    public List<Document> documents() {
        return documents;
    }

    public List<Asset> assets() {
        return assets;
    }

    public List<LoadFailure> failures() {
        return failures;
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
        return structured;
    }

    public List<StructuredDocument> ofKind(ContentKind kind) {
        return byKind.getOrDefault(kind.id(), List.of());
    }

    public Optional<StructuredDocument> firstOfKind(ContentKind kind) {
        return ofKind(kind).stream().findFirst();
    }

    public List<GuidePage> guides() {
        return guides;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Playbook that && config.equals(that.config) && documents.equals(that.documents)
                && assets.equals(that.assets) && failures.equals(that.failures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(config, documents, assets, failures);
    }

    @Override
    public String toString() {
        return "Playbook[" + documents.size() + " documents, " + assets.size() + " assets, " + failures.size() + " failures]";
    }
}
