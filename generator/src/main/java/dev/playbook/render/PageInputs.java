package dev.playbook.render;

import dev.playbook.model.ContentKind;
import dev.playbook.model.Document;
import dev.playbook.model.GuideHtml;

import java.util.Optional;

/**
 * What a document's page is made of besides the {@link PageModel#documentContext() context} shared by every
 * document page: the document, as the very object the loader kept while its file did not change, and the guide's
 * converted body. A warm renderer that finds both the same as last time, and the context equal, sends the page
 * as it was without building its model: at ten thousand guides, building and comparing every page's model was
 * most of an edit's time.
 */
record PageInputs(Document document, Optional<GuideHtml> body) {

    /** None for a page whose model reads more than the context (the pull-through page): it is always built. */
    static Optional<PageInputs> of(Document document, Optional<GuideHtml> body) {
        return document.kind().equals(ContentKind.PULL_THROUGH.id()) ? Optional.empty() : Optional.of(new PageInputs(document, body));
    }

    boolean sameAs(PageInputs before) {
        return document == before.document && body.equals(before.body);
    }
}
