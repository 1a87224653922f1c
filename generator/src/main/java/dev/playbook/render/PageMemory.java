package dev.playbook.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a warm renderer remembers of every page between renders (the live preview): the model and templates
 * it was rendered from, and the result. A page whose templates, site hash and model are all the same as last
 * time would come out byte for byte the same, so it is not rendered again. A new theme means a new renderer,
 * and with it an empty memory.
 */
final class PageMemory {

    /**
     * A page as last rendered: what it was rendered from, and its ids and links. Not its HTML: the sinks that
     * need the page again keep it themselves (see {@link PageSink#unchanged}), so a big site is held once.
     */
    record Entry(List<String> templates, Map<String, Object> model, RenderedPage page, Optional<PageInputs> inputs) {
    }

    private final Map<String, Entry> pages = new ConcurrentHashMap<>();
    private volatile Map<String, Object> site;
    private volatile Map<String, Object> documentContext;

    /**
     * Starts a render: the comparison of this render's models with the last one's. {@code documentContextNow} is
     * what every document page's model reads besides its document ({@link PageModel#documentContext()}).
     */
    Render start(Map<String, Object> siteNow, Map<String, Object> documentContextNow) {
        ModelComparison comparison = new ModelComparison();
        boolean sameSite = site != null && comparison.same(siteNow, site);
        boolean sameContext = documentContext != null && comparison.same(documentContextNow, documentContext);
        site = siteNow;
        documentContext = documentContextNow;
        return new Render(comparison, sameSite, sameContext);
    }

    /** One render's use of the memory. */
    final class Render {
        private final ModelComparison comparison;
        private final boolean sameSite;
        private final boolean sameContext;
        private final java.util.Set<String> seen = ConcurrentHashMap.newKeySet();

        private Render(ModelComparison comparison, boolean sameSite, boolean sameContext) {
            this.comparison = comparison;
            this.sameSite = sameSite;
            this.sameContext = sameContext;
        }

        /**
         * The page as last rendered, known without building its model: same site hash, same document context, same
         * templates, and the same document and body ({@link PageInputs}).
         */
        Optional<Entry> unchangedInputs(String path, List<String> templates, Optional<PageInputs> inputs) {
            if (inputs.isEmpty() || !sameSite || !sameContext) {
                return Optional.empty();
            }
            Entry entry = pages.get(path);
            if (entry == null || entry.inputs().isEmpty() || !entry.templates().equals(templates) || !inputs.get().sameAs(entry.inputs().get())) {
                return Optional.empty();
            }
            seen.add(path);
            return Optional.of(entry);
        }

        /** The page as last rendered, when nothing it is rendered from has changed. */
        Optional<Entry> unchanged(String path, List<String> templates, Map<String, Object> model) {
            seen.add(path);
            Entry entry = pages.get(path);
            if (!sameSite || entry == null || !entry.templates().equals(templates) || !comparison.same(model, entry.model())) {
                return Optional.empty();
            }
            return Optional.of(entry);
        }

        void remember(String path, List<String> templates, Map<String, Object> model, RenderedPage page, Optional<PageInputs> inputs) {
            pages.put(path, new Entry(templates, model, page, inputs));
        }

        /**
         * Forgets a page this render could not make (its template failed): its last good rendering must not pass for
         * it while nothing it is made of changes, since the sinks have not kept it.
         */
        void forget(String path) {
            pages.remove(path);
        }

        /** Forgets pages this render did not have (deleted ones). */
        void end() {
            pages.keySet().retainAll(seen);
        }
    }
}
