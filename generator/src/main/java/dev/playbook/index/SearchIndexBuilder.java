package dev.playbook.index;

import org.jsoup.nodes.Document;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Index stage: takes rendered pages one by one (from several threads, as they are rendered) and, at
 * the end, writes the chunked index of docs/search.md. A page's fragment (its sections, for result
 * snippets) is ready as soon as the page is read; the dictionary and postings need every page.
 */
public final class SearchIndexBuilder {

    public static final String FOLDER = dev.playbook.model.OutputPaths.SEARCH_INDEX;
    /** BM25's term-frequency saturation and length normalisation. */
    static final double K1 = 1.2;
    static final double B = 0.75;
    /** A dictionary shard is split by one more character (up to two) above this size. */
    static final int SHARD_BYTES = 64 * 1024;
    /** Postings of several stems share a file up to about this size; a bigger list gets a file of its own. */
    static final int CHUNK_BYTES = 32 * 1024;

    private final Stems stems;
    private final PageExtractor extractor;
    /**
     * Pages' fragments (their sections, for result snippets) per file. Several per file keep the file
     * count of a big site down and compress better; a result then fetches its neighbours' text too.
     */
    static final int FRAGMENTS_PER_FILE = 8;

    private final ConcurrentLinkedQueue<PageTerms> pages = new ConcurrentLinkedQueue<>();
    /** Each page's fragment as JSON, kept compact until the pages' order is known. */
    private final Map<String, byte[]> fragments = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Optional<Memory> memory;
    /** The glossary entries of the pages that show some (the glossary page), by path. */
    private final Map<String, List<GlossaryTerm>> glossaries = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean pagesDone;
    private volatile boolean cancelled;
    private volatile boolean held;

    public SearchIndexBuilder() {
        this.memory = java.util.Optional.empty();
        this.stems = new Stems();
        this.extractor = new PageExtractor(stems);
    }

    /** An index that reads again only the pages whose HTML is new since the last build that used {@code memory}. */
    public SearchIndexBuilder(Memory memory) {
        this.memory = java.util.Optional.of(memory);
        this.stems = memory.stems;
        this.extractor = new PageExtractor(stems);
    }

    /**
     * What a warm process (the live preview) keeps of every page's reading between builds, by path: a warm
     * renderer says which pages are byte for byte what they were ({@link #addUnchanged}), and those are not
     * read again.
     */
    public static final class Memory {
        private Map<String, java.util.Optional<Read>> last = Map.of();
        private final Map<String, java.util.Optional<Read>> now = new java.util.concurrent.ConcurrentHashMap<>();
        /** Stems outlive a build: a word is stemmed once per process, not once per build. */
        private final Stems stems = new Stems();

        /** This build's readings become the ones the next build reuses; {@link #pagesDone()} calls it. */
        void endBuild() {
            last = Map.copyOf(now);
            now.clear();
        }
    }

    /** What the index takes from a page: its terms and its fragment. */
    private record Read(PageTerms terms, byte[] fragment, List<GlossaryTerm> glossary) {
    }

    /**
     * Reads a rendered page into the index, unless it stays out (no {@code <main>}, or {@code data-search-exclude}).
     * {@code page} is the renderer's own reading of it (see {@code PageSink}): the index never parses a page itself.
     */
    public void add(String path, Document page) {
        java.util.Optional<Read> read = read(path, page);
        memory.ifPresent(m -> m.now.put(path, read));
        take(path, read);
    }

    /** A page byte for byte what it was in the last build with this memory: its reading then is used again. */
    public void addUnchanged(String path) {
        Memory known = memory.orElseThrow(() -> new IllegalStateException("an index without memory has no earlier reading"));
        java.util.Optional<Read> read = known.last.get(path);
        if (read == null) {
            throw new IllegalStateException(path + " was not in the last build");
        }
        known.now.put(path, read);
        take(path, read);
    }

    private void take(String path, java.util.Optional<Read> read) {
        read.ifPresent(indexed -> {
            pages.add(indexed.terms());
            fragments.put(path, indexed.fragment());
            if (!indexed.glossary().isEmpty()) {
                glossaries.put(path, indexed.glossary());
            }
        });
    }


    private java.util.Optional<Read> read(String path, Document page) {
        return extractor.extract(path, page).map(indexed -> new Read(indexed.terms(), Json.bytes(fragment(indexed)), indexed.glossary()));
    }

    /** Every file of the index, from the pages added so far. */
    /**
     * Every page is in: a warm index's memory now holds this build's readings, for the next build's
     * {@link #addUnchanged}, whether or not this index is ever built. Called again by {@link #build()}, harmlessly.
     */
    public void pagesDone() {
        if (!pagesDone) {
            pagesDone = true;
            memory.ifPresent(Memory::endBuild);
        }
    }

    /**
     * Stops {@link #build()} at its next step with a {@link java.util.concurrent.CancellationException}: a live
     * preview's next edit has made this index out of date before it was done.
     */
    public void cancel() {
        cancelled = true;
        synchronized (this) {
            notifyAll(); // a paused index stops waiting
        }
    }

    /** Waits {@code pause}, or less when cancelled meanwhile (the build that follows then stops at once). */
    void pause(java.time.Duration pause) {
        long end = System.nanoTime() + pause.toNanos();
        synchronized (this) {
            long left;
            while (!cancelled && (left = end - System.nanoTime()) > 0) {
                try {
                    java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Holds {@link #build()} at its next step until {@link #release()} or {@link #cancel()}: a live preview's next build
     * is running, and decides at its end whether this index is still wanted (its build had errors) or not.
     */
    public void hold() {
        held = true;
    }

    public void release() {
        held = false;
        synchronized (this) {
            notifyAll();
        }
    }

    private void stopIfCancelled() {
        if (held && !cancelled) {
            synchronized (this) {
                while (held && !cancelled) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
        }
        if (cancelled) {
            throw new java.util.concurrent.CancellationException("the search index was no longer wanted");
        }
    }

    public SearchIndex build() {
        pagesDone();
        stopIfCancelled();
        List<PageTerms> sorted = new ArrayList<>(pages);
        sorted.sort(Comparator.comparing(PageTerms::path));
        Map<String, byte[]> files = new LinkedHashMap<>();
        writeFragments(sorted, files);
        stopIfCancelled();
        Map<String, int[]> postings = postings(sorted);
        stopIfCancelled();
        TreeMap<String, String> dictionary = dictionary(postings);
        stopIfCancelled();
        Map<String, List<Object>> classes = classes(sorted, postings, dictionary);
        stopIfCancelled();
        Map<String, Integer> chunkOf = writePostings(postings, classes, files);
        stopIfCancelled();
        List<String> shards = writeDictionary(dictionary, postings, chunkOf, files);
        stopIfCancelled();
        files.put(FOLDER + "pages.json", Json.bytes(pageTable(sorted)));
        boolean glossary = writeGlossary(sorted, files);
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("format", 1);
        index.put("pages", sorted.size());
        index.put("stopwords", new TreeSet<>(Tokenizer.STOPWORDS));
        index.put("shards", shards);
        index.put("fragmentsPerFile", FRAGMENTS_PER_FILE);
        if (glossary) {
            index.put("glossary", "glossary.json");
        }
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            weights.put(field.name().toLowerCase(java.util.Locale.ROOT), field.boost());
        }
        index.put("weights", weights);
        files.put(FOLDER + "index.json", Json.bytes(index));
        return new SearchIndex(files);
    }

    /**
     * Per stem, pairs of (page delta, score 1..255), pages ascending. The score is the stem's BM25
     * term-frequency part in each field, times the field's boost, summed and scaled so that a stem
     * saturated in every field would score 255; the client multiplies it by the stem's idf.
     */
    private Map<String, int[]> postings(List<PageTerms> sorted) {
        Field[] fields = Field.values();
        double[] average = new double[fields.length];
        for (PageTerms page : sorted) {
            for (Field field : fields) {
                average[field.ordinal()] += page.lengths()[field.ordinal()];
            }
        }
        for (int f = 0; f < fields.length; f++) {
            average[f] = Math.max(1, average[f] / Math.max(1, sorted.size()));
        }
        double maxScore = Field.maxScore();
        Map<String, PageList> lists = new HashMap<>();
        for (int page = 0; page < sorted.size(); page++) {
            stopIfCancelled();
            PageTerms p = sorted.get(page);
            double[] norm = new double[fields.length];
            for (Field field : fields) {
                norm[field.ordinal()] = K1 * (1 - B + B * p.lengths()[field.ordinal()] / average[field.ordinal()]);
            }
            for (int i = 0; i < p.stems().length; i++) {
                double sum = 0;
                for (Field field : fields) {
                    int tf = p.count(i, field);
                    sum += tf == 0 ? 0 : field.boost() * tf / (tf + norm[field.ordinal()]);
                }
                int score = (int) Math.max(1, Math.round(255 * sum / maxScore));
                lists.computeIfAbsent(p.stems()[i], s -> new PageList()).add(page, score);
            }
        }
        Map<String, int[]> result = new TreeMap<>();
        lists.forEach((stem, list) -> result.put(stem, list.toArray()));
        return result;
    }

    /** Fragments of pages n*F .. n*F+F-1 (in path order) as the JSON array {@code fragments/n.json}. */
    private void writeFragments(List<PageTerms> sorted, Map<String, byte[]> files) {
        for (int first = 0; first < sorted.size(); first += FRAGMENTS_PER_FILE) {
            java.io.ByteArrayOutputStream bundle = new java.io.ByteArrayOutputStream();
            bundle.write('[');
            for (int page = first; page < Math.min(sorted.size(), first + FRAGMENTS_PER_FILE); page++) {
                if (page > first) {
                    bundle.write(',');
                }
                bundle.writeBytes(fragments.get(sorted.get(page).path()));
            }
            bundle.write(']');
            files.put(FOLDER + "fragments/" + first / FRAGMENTS_PER_FILE + ".json", bundle.toByteArray());
        }
    }

    /**
     * {@code search/glossary.json}, when a page shows glossary entries: the page and, per entry, its names, its id
     * there and the page (as a page number) and section that answer it. Returns whether there is one.
     */
    private boolean writeGlossary(List<PageTerms> sorted, Map<String, byte[]> files) {
        if (glossaries.isEmpty()) {
            return false;
        }
        Map<String, Integer> pageNumber = new HashMap<>();
        for (int page = 0; page < sorted.size(); page++) {
            pageNumber.put(sorted.get(page).path(), page);
        }
        String page = new TreeSet<>(glossaries.keySet()).first(); // a playbook has one glossary; the first by path if not
        List<Map<String, Object>> terms = new ArrayList<>();
        for (GlossaryTerm term : glossaries.get(page)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("names", term.names());
            entry.put("id", term.id());
            Integer see = pageNumber.get(term.see());
            if (see != null) {
                entry.put("see", see);
                if (!term.section().isEmpty()) {
                    entry.put("section", term.section());
                }
            }
            terms.add(entry);
        }
        Map<String, Object> glossary = new LinkedHashMap<>();
        glossary.put("page", pageNumber.getOrDefault(page, -1));
        glossary.put("terms", terms);
        files.put(FOLDER + "glossary.json", Json.bytes(glossary));
        return true;
    }

    /**
     * For each stem whose words fall into several {@link WordClass}es ({@code sign, signs} and {@code signed}),
     * the pages of each class, delta-encoded, as {@code [[class, pages], ...]}. The class with the most pages
     * comes first and lists the pages of the stem that do NOT have it: usually the shorter list. Most stems have
     * one class: the dictionary says which have several, and only their words are looked for page by page.
     */
    private Map<String, List<Object>> classes(List<PageTerms> sorted, Map<String, int[]> postings, Map<String, String> dictionary) {
        Map<String, java.util.Set<String>> classesOfStem = new HashMap<>();
        dictionary.forEach((word, stem) -> classesOfStem.computeIfAbsent(stem, s -> new java.util.HashSet<>()).add(WordClass.of(word)));
        Map<String, String> classOfWord = new HashMap<>();
        dictionary.forEach((word, stem) -> {
            if (classesOfStem.get(stem).size() > 1) {
                classOfWord.put(word, WordClass.of(word));
            }
        });
        Map<String, Map<String, PageList>> byStem = new HashMap<>();
        for (int page = 0; page < sorted.size(); page++) {
            stopIfCancelled();
            for (String word : sorted.get(page).words()) {
                String cls = classOfWord.get(word);
                if (cls != null) {
                    // a page's second word of the same class adds nothing: PageList.add takes a page once
                    byStem.computeIfAbsent(dictionary.get(word), s -> new HashMap<>()).computeIfAbsent(cls, c -> new PageList()).add(page);
                }
            }
        }
        Map<String, List<Object>> result = new HashMap<>();
        byStem.forEach((stem, byClass) -> {
            List<Map.Entry<String, PageList>> ordered = new ArrayList<>(byClass.entrySet());
            ordered.sort(Comparator.comparingInt((Map.Entry<String, PageList> e) -> -e.getValue().count()).thenComparing(Map.Entry::getKey));
            List<Object> lists = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                int[] pagesOf = ordered.get(i).getValue().toArray();
                lists.add(List.of(ordered.get(i).getKey(), i == 0 ? without(pagesOf, postings.get(stem)) : pagesOf));
            }
            result.put(stem, lists);
        });
        return result;
    }

    /** The pages of a stem's postings (page delta, score pairs) that are not in {@code having} (delta-encoded), delta-encoded. */
    private static int[] without(int[] having, int[] postings) {
        java.util.Set<Integer> has = new java.util.HashSet<>();
        int page = 0;
        for (int delta : having) {
            page += delta;
            has.add(page);
        }
        PageList rest = new PageList();
        page = 0;
        for (int i = 0; i < postings.length; i += 2) {
            page += postings[i];
            if (!has.contains(page)) {
                rest.add(page);
            }
        }
        return rest.toArray();
    }

    private static int classBytes(List<Object> classes) {
        int bytes = 0;
        for (Object entry : classes) {
            List<?> pair = (List<?>) entry;
            bytes += pair.get(0).toString().length() + 4 * ((int[]) pair.get(1)).length + 8;
        }
        return bytes;
    }

    /** Packs the postings into chunk files in stem order, each stem's word classes beside it; returns each stem's chunk. */
    private static Map<String, Integer> writePostings(Map<String, int[]> postings, Map<String, List<Object>> classes,
                                                      Map<String, byte[]> files) {
        Map<String, Integer> chunkOf = new HashMap<>();
        Map<String, Object> chunk = new LinkedHashMap<>();
        int chunkBytes = 0;
        int chunkId = 0;
        for (Map.Entry<String, int[]> entry : postings.entrySet()) {
            List<Object> wordClasses = classes.get(entry.getKey());
            int estimate = entry.getKey().length() + 4 * entry.getValue().length + (wordClasses == null ? 0 : classBytes(wordClasses));
            if (!chunk.isEmpty() && chunkBytes + estimate > CHUNK_BYTES) {
                files.put(FOLDER + "postings/" + chunkId + ".json", Json.bytes(chunk));
                chunk = new LinkedHashMap<>();
                chunkBytes = 0;
                chunkId++;
            }
            chunk.put(entry.getKey(), entry.getValue());
            if (wordClasses != null) {
                chunk.put(entry.getKey() + "~", wordClasses);
            }
            chunkBytes += estimate;
            chunkOf.put(entry.getKey(), chunkId);
        }
        if (!chunk.isEmpty()) {
            files.put(FOLDER + "postings/" + chunkId + ".json", Json.bytes(chunk));
        }
        return chunkOf;
    }

    /** Every word of the pages with its stem, in word order: the dictionary the shards are cut from. */
    private TreeMap<String, String> dictionary(Map<String, int[]> postings) {
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (PageTerms page : pages) {
            java.util.Collections.addAll(distinct, page.words());
        }
        TreeMap<String, String> words = new TreeMap<>();
        for (String word : distinct) {
            String stem = stems.of(word);
            if (stem != null && postings.containsKey(stem)) {
                words.put(word, stem);
            }
        }
        return words;
    }

    /**
     * Writes the dictionary shards and returns their keys. A shard lists the words seen with their stems;
     * a stem is found through its shard's {@code stems}, so stems are not repeated as words.
     */
    private List<String> writeDictionary(TreeMap<String, String> words, Map<String, int[]> postings, Map<String, Integer> chunkOf,
                                         Map<String, byte[]> files) {
        List<String> keys = new ArrayList<>();
        writeShards("", words, postings, chunkOf, files, keys);
        return keys;
    }

    /**
     * One shard for {@code words} (all starting with {@code prefix}) when they are few enough or the prefix
     * is already two characters long; otherwise one set of shards per next character. A small playbook
     * gets a single shard, {@code terms/all.json}.
     */
    private static void writeShards(String prefix, TreeMap<String, String> words, Map<String, int[]> postings,
                                    Map<String, Integer> chunkOf, Map<String, byte[]> files, List<String> keys) {
        if (estimate(words) <= SHARD_BYTES || prefix.length() == 2) {
            keys.add(prefix);
            files.put(FOLDER + "terms/" + shardFile(prefix) + ".json", Json.bytes(shard(words, postings, chunkOf)));
            return;
        }
        groupByPrefix(words, prefix.length() + 1).forEach((key, group) -> writeShards(key, group, postings, chunkOf, files, keys));
    }

    /** The file name of a shard: its key, or {@code all} for the one shard of a small dictionary. */
    public static String shardFile(String key) {
        return key.isEmpty() ? "all" : key;
    }

    private static Map<String, TreeMap<String, String>> groupByPrefix(Map<String, String> words, int length) {
        Map<String, TreeMap<String, String>> groups = new TreeMap<>();
        words.forEach((word, stem) -> {
            String key = word.substring(0, word.offsetByCodePoints(0, Math.min(length, word.codePointCount(0, word.length()))));
            groups.computeIfAbsent(key, k -> new TreeMap<>()).put(word, stem);
        });
        return groups;
    }

    private static int estimate(Map<String, String> words) {
        return words.entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length() + 8).sum();
    }

    private static Map<String, Object> shard(Map<String, String> words, Map<String, int[]> postings, Map<String, Integer> chunkOf) {
        List<Object> entries = new ArrayList<>();
        Map<String, int[]> stemInfo = new TreeMap<>();
        words.forEach((word, stem) -> {
            entries.add(word.equals(stem) ? word : List.of(word, stem));
            stemInfo.computeIfAbsent(stem, s -> new int[] {chunkOf.get(s), postings.get(s).length / 2});
        });
        Map<String, Object> shard = new LinkedHashMap<>();
        shard.put("words", entries);
        shard.put("stems", stemInfo);
        return shard;
    }

    /** Paths, and for each facet value the pages that have it. */
    private static Map<String, Object> pageTable(List<PageTerms> sorted) {
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("paths", sorted.stream().map(PageTerms::path).toList());
        List<Map<String, Object>> facets = new ArrayList<>();
        for (String facet : PageExtractor.FACETS) {
            Map<String, String> labels = new HashMap<>();
            Map<String, PageList> pagesOf = new HashMap<>();
            for (int page = 0; page < sorted.size(); page++) {
                for (FacetValue value : sorted.get(page).facets()) {
                    if (value.facet().equals(facet)) {
                        labels.putIfAbsent(value.id(), value.label());
                        pagesOf.computeIfAbsent(value.id(), v -> new PageList()).add(page);
                    }
                }
            }
            List<Map<String, Object>> values = new ArrayList<>();
            labels.keySet().stream()
                    .sorted(Comparator.comparing((String id) -> labels.get(id).toLowerCase(java.util.Locale.ROOT)).thenComparing(id -> id))
                    .forEach(id -> {
                        Map<String, Object> value = new LinkedHashMap<>();
                        value.put("id", id);
                        value.put("label", labels.get(id));
                        value.put("pages", pagesOf.get(id).toArray());
                        values.add(value);
                    });
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", facet);
            entry.put("label", Character.toUpperCase(facet.charAt(0)) + facet.substring(1));
            entry.put("values", values);
            facets.add(entry);
        }
        table.put("facets", facets);
        PageList about = new PageList();
        for (int page = 0; page < sorted.size(); page++) {
            if (sorted.get(page).about()) {
                about.add(page);
            }
        }
        table.put("about", about.toArray());
        return table;
    }

    private static Map<String, Object> fragment(IndexedPage page) {
        Map<String, Object> fragment = new LinkedHashMap<>();
        fragment.put("title", page.title());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (IndexedSection section : page.sections()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", section.id());
            s.put("heading", section.heading());
            s.put("text", section.text());
            if (!section.facets().isEmpty()) {
                s.put("facets", new TreeMap<>(section.facets()));
            }
            sections.add(s);
        }
        fragment.put("sections", sections);
        return fragment;
    }

    /**
     * Pages in ascending order, delta-encoded as they come (the first from 0), each optionally followed
     * by a value: a growable int array, since postings of ten thousand pages as boxed Integers would be
     * ten times bigger.
     */
    private static final class PageList {
        private int[] values = new int[8];
        private int size;
        private int last = -1;

        /** Adds a page; the same page twice in a row counts once. */
        void add(int page) {
            if (page != last) {
                append(page - Math.max(last, 0));
                last = page;
            }
        }

        void add(int page, int value) {
            append(page - Math.max(last, 0));
            append(value);
            last = page;
        }

        private void append(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }

        /** How many pages a list without values holds. */
        int count() {
            return size;
        }
    }
}
