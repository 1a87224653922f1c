package dev.playbook.render;

import dev.playbook.model.ContentKind;
import dev.playbook.model.Document;
import dev.playbook.model.GuideHtml;

import java.util.List;
import java.util.Optional;

/**
 * Everything a page's model is made of, for a warm renderer to see that the page is unchanged without building its
 * model: at ten thousand guides, building and comparing every page's model was most of an edit's time. A document's
 * page is made of its document (the very object the loader kept while its file did not change), its guide body and
 * the {@link PageModel#documentContext() context} shared by every document page, which the renderer compares once
 * per render; a page built from the whole site (review queue, completeness) names all it reads in {@code values}.
 */
record PageInputs(Optional<Document> document, List<Object> values) {

    /** None for a page whose model reads more than the context (the pull-through page): it is always built. */
    static Optional<PageInputs> of(Document document, Optional<GuideHtml> body) {
        return document.kind().equals(ContentKind.PULL_THROUGH.id()) ? Optional.empty()
                : Optional.of(new PageInputs(Optional.of(document), List.of(body)));
    }

    /**
     * A landing page (home, a book's): the document that introduces it, if any, with its body, and {@code values}.
     */
    static PageInputs ofLanding(Optional<Document> intro, java.util.Map<String, GuideHtml> bodies, Object... values) {
        List<Object> all = new java.util.ArrayList<>(List.of(values));
        all.add(intro.map(d -> Optional.ofNullable(bodies.get(d.path()))).orElse(Optional.empty()));
        return new PageInputs(intro, List.copyOf(all));
    }

    /** A page whose model reads exactly {@code values} (and the shared context), each compared by {@code equals}. */
    static Optional<PageInputs> ofValues(Object... values) {
        return Optional.of(new PageInputs(Optional.empty(), List.of(values)));
    }

    boolean sameAs(PageInputs before) {
        return document.isPresent() == before.document.isPresent()
                && (document.isEmpty() || document.get() == before.document.get())
                && values.equals(before.values);
    }
}
