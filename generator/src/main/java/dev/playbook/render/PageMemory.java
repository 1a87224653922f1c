package dev.playbook.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a warm renderer remembers of every page between renders (the live preview): the model and templates
 * it was rendered from, what its templates read of the site hash ({@link SiteReads}), and the result. A page whose
 * templates, model and site reads are all the same as last time would come out byte for byte the same, so it is not
 * rendered again. A new theme means a new renderer, and with it an empty memory.
 */
final class PageMemory {

    /**
     * A page as last rendered: what it was rendered from, and its ids and links. Not its HTML: the sinks that
     * need the page again keep it themselves (see {@link PageSink#unchanged}), so a big site is held once.
     */
    record Entry(List<String> templates, Map<String, Object> model, RenderedPage page, Optional<PageInputs> inputs,
                 java.util.Set<SiteReads.Read> siteReads) {
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
        Map<String, Object> siteBefore = site;
        boolean sameContext = documentContext != null && comparison.same(documentContextNow, documentContext);
        site = siteNow;
        documentContext = documentContextNow;
        return new Render(comparison, siteNow, siteBefore, sameContext);
    }

    /** One render's use of the memory. */
    final class Render {
        private final ModelComparison comparison;
        private final Map<String, Object> siteNow;
        /** The site hash of the last render; none in the first. */
        private final Map<String, Object> siteBefore;
        private final boolean sameContext;
        private final java.util.Set<String> seen = ConcurrentHashMap.newKeySet();
        /** Each read's answer, worked out once per render: pages share most of their reads (the navigation, the title). */
        private final Map<SiteReads.Read, Boolean> sameReads = new ConcurrentHashMap<>();

        private Render(ModelComparison comparison, Map<String, Object> siteNow, Map<String, Object> siteBefore, boolean sameContext) {
            this.comparison = comparison;
            this.siteNow = siteNow;
            this.siteBefore = siteBefore;
            this.sameContext = sameContext;
        }

        /** Whether everything the page read of the site hash last time reads the same now. */
        private boolean sameSite(Entry entry) {
            if (siteBefore == null) {
                return false;
            }
            for (SiteReads.Read read : entry.siteReads()) {
                if (!sameReads.computeIfAbsent(read, r -> r.same(siteNow, siteBefore, comparison))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The page as last rendered, known without building its model: same reads of the site hash, same document context,
         * same templates, and the same document and body ({@link PageInputs}).
         */
        Optional<Entry> unchangedInputs(String path, List<String> templates, Optional<PageInputs> inputs) {
            if (inputs.isEmpty() || !sameContext) {
                return Optional.empty();
            }
            Entry entry = pages.get(path);
            if (entry == null || entry.inputs().isEmpty() || !entry.templates().equals(templates) || !inputs.get().sameAs(entry.inputs().get())
                    || !sameSite(entry)) {
                return Optional.empty();
            }
            seen.add(path);
            return Optional.of(entry);
        }

        /** The page as last rendered, when nothing it is rendered from has changed. */
        Optional<Entry> unchanged(String path, List<String> templates, Map<String, Object> model) {
            seen.add(path);
            Entry entry = pages.get(path);
            if (entry == null || !entry.templates().equals(templates) || !comparison.same(model, entry.model()) || !sameSite(entry)) {
                return Optional.empty();
            }
            return Optional.of(entry);
        }

        /** Remembers a page as rendered, or {@link #forget forgets} it when this render could not make it. */
        void remember(String path, List<String> templates, Map<String, Object> model, Optional<RenderedPage> page,
                      Optional<PageInputs> inputs, java.util.Set<SiteReads.Read> siteReads) {
            page.ifPresentOrElse(rendered -> pages.put(path, new Entry(templates, model, rendered, inputs, siteReads)),
                    () -> forget(path));
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
