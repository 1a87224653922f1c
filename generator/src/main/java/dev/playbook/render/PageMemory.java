package dev.playbook.render;

import dev.playbook.model.Outline;

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
    /**
     * Every distinct set of site reads, once: most pages read the same of the site hash (the navigation, the title, a
     * few roles), so entries share their set, and a render judges each set once, not each page's.
     */
    private final Map<java.util.Set<SiteReads.Read>, java.util.Set<SiteReads.Read>> readSets = new ConcurrentHashMap<>();
    private volatile Map<String, Object> site;
    /** The listings made from the last outline, kept with it. */
    private PageModel.Listings listings;
    private Outline listingsOutline;
    private volatile Map<String, Object> documentContext;

    /**
     * Starts a render: the comparison of this render's models with the last one's. {@code documentContextNow} is
     * what every document page's model reads besides its document ({@link PageModel#documentContext()}).
     */
    Render start(Map<String, Object> siteNow, Map<String, Object> documentContextNow) {
        ModelComparison comparison = new ModelComparison();
        SiteChanges changes = site == null ? SiteChanges.everything() : SiteChanges.between(siteNow, site, comparison);
        boolean sameContext = documentContext != null && comparison.same(documentContextNow, documentContext);
        site = siteNow;
        documentContext = documentContextNow;
        return new Render(comparison, changes, sameContext);
    }

    /** The listings of the outline last handed out: the last render's while it is the same (see {@link PageModel.Listings}). */
    PageModel.Listings listings(Outline current, java.util.function.Supplier<PageModel.Listings> make) {
        if (listings == null || current != listingsOutline) {
            listings = make.get();
            listingsOutline = current;
        }
        return listings;
    }

    /** One render's use of the memory. */
    final class Render {
        private final ModelComparison comparison;
        /** What changed in the site hash since the last render. */
        private final SiteChanges changes;
        private final boolean sameContext;
        private final java.util.Set<String> seen = ConcurrentHashMap.newKeySet();
        /** Whether the changes affect each shared set of reads, by identity (see {@link #readSets}). */
        private final Map<java.util.Set<SiteReads.Read>, Boolean> affected = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

        private Render(ModelComparison comparison, SiteChanges changes, boolean sameContext) {
            this.comparison = comparison;
            this.changes = changes;
            this.sameContext = sameContext;
        }

        /** Whether everything the page read of the site hash last time reads the same now. */
        private boolean sameSite(Entry entry) {
            if (changes.none()) {
                return true;
            }
            return !affected.computeIfAbsent(entry.siteReads(), changes::affect);
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

        /**
         * The page as last rendered, when nothing it is rendered from has changed. Its inputs are those of now, so the
         * next render knows it by them without building its model.
         */
        Optional<Entry> unchanged(String path, List<String> templates, Map<String, Object> model, Optional<PageInputs> inputs) {
            seen.add(path);
            Entry entry = pages.get(path);
            if (entry == null || !entry.templates().equals(templates) || !comparison.same(model, entry.model()) || !sameSite(entry)) {
                return Optional.empty();
            }
            if (inputs.isPresent() && (entry.inputs().isEmpty() || !inputs.get().sameAs(entry.inputs().get()))) {
                pages.put(path, new Entry(templates, model, entry.page(), inputs, entry.siteReads()));
            }
            return Optional.of(entry);
        }

        /** Remembers a page as rendered, or {@link #forget forgets} it when this render could not make it. */
        void remember(String path, List<String> templates, Map<String, Object> model, Optional<RenderedPage> page,
                      Optional<PageInputs> inputs, java.util.Set<SiteReads.Read> siteReads) {
            java.util.Set<SiteReads.Read> shared = readSets.computeIfAbsent(siteReads, reads -> reads);
            page.ifPresentOrElse(rendered -> pages.put(path, new Entry(templates, model, rendered, inputs, shared)),
                    () -> forget(path));
        }

        /**
         * Forgets a page this render could not make (its template failed): its last good rendering must not pass for
         * it while nothing it is made of changes, since the sinks have not kept it.
         */
        void forget(String path) {
            pages.remove(path);
        }

        /** Forgets pages this render did not have (deleted ones), and, now and then, sets of reads no page has any more. */
        void end() {
            pages.keySet().retainAll(seen);
            if (readSets.size() > 2 * pages.size() + 64) {
                java.util.Set<java.util.Set<SiteReads.Read>> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                pages.values().forEach(entry -> used.add(entry.siteReads()));
                readSets.values().removeIf(reads -> !used.contains(reads));
            }
        }
    }
}
