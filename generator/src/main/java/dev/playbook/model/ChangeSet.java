package dev.playbook.model;

import java.util.List;

/**
 * What changed from one version of the playbook to the next, worked out from the two models: stages,
 * exit criteria, owners, metric targets, success-map nodes, compensation, and pages.
 */
public record ChangeSet(String from, String to, List<Change> changes, List<PageEdit> edits) {

    public ChangeSet {
        changes = List.copyOf(changes);
        edits = List.copyOf(edits);
    }

    public enum Type {
        ADDED, REMOVED, CHANGED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One change: in {@code area} (such as "Pipeline stages"), {@code subject} was added, removed or changed
     * from {@code before} to {@code after}. {@code page} is the output page it shows on, in the new version
     * when it still exists.
     */
    public record Change(String area, Type type, String subject, String before, String after, String page) {
    }

    /** A page whose text changed, as a word-level diff; {@code page} is its output path. */
    public record PageEdit(String page, String title, List<Word> words) {

        public PageEdit {
            words = List.copyOf(words);
        }
    }

    /** A run of words that both versions share, or that one of them added or removed. */
    public record Word(String text, Type type) {
    }
}
