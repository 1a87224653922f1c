package dev.playbook.model;

import java.util.List;
import java.util.Optional;

/**
 * Every document as the pages and computations that list documents see it: its path, kind and header, not its body,
 * which is what most edits change; and the structured documents, which they read in full, by identity. A warm pipeline
 * keeps the last run's outline while the new one is equal ({@link #sameAs}) and hands out that very object, so that what
 * was made from it (role views, the review queue, the pages that list other pages) is known unchanged at a glance.
 */
public record Outline(List<Entry> entries, Identities structured) {

    public record Entry(String path, String kind, boolean structured, PageHeader header) {
    }

    public static Outline of(List<Document> documents) {
        return new Outline(documents.stream().map(d -> new Entry(d.path(), d.kind(), d instanceof StructuredDocument, d.header())).toList(),
                new Identities(documents.stream().filter(StructuredDocument.class::isInstance).map(Object.class::cast).toList()));
    }

    /** The last outline when this one equals it, else this one: what a warm pipeline hands on. */
    public Outline sameAs(Optional<Outline> last) {
        return last.filter(this::equals).orElse(this);
    }

    /** Objects that are the same only when they are the very same objects: documents, whose equality is deep and dear. */
    public record Identities(List<Object> items) {

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Identities that) || that.items.size() != items.size()) {
                return false;
            }
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) != that.items.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return items.size();
        }
    }
}
