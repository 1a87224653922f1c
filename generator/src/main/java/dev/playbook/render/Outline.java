package dev.playbook.render;

import dev.playbook.model.Document;
import dev.playbook.model.PageHeader;
import dev.playbook.model.StructuredDocument;

import java.util.List;

/**
 * What the pages that list other pages (a book's landing page, a role's page, the completeness page) read of every
 * document: its path, its kind and its header, not its body, which is what most edits change. A warm renderer keeps
 * the last render's outline while it is equal, and hands out that very object, so that these pages' {@link PageInputs}
 * compare it by identity; the structured documents, which such pages show in full, come as {@link Identities}.
 */
record Outline(List<Entry> entries, Identities structured) {

    record Entry(String path, String kind, boolean structured, PageHeader header) {
    }

    static Outline of(List<Document> documents) {
        return new Outline(documents.stream().map(d -> new Entry(d.path(), d.kind(), d instanceof StructuredDocument, d.header())).toList(),
                new Identities(documents.stream().filter(StructuredDocument.class::isInstance).map(Object.class::cast).toList()));
    }

    /** Objects that are the same only when they are the very same objects: documents, whose equality is deep and dear. */
    record Identities(List<Object> items) {

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
