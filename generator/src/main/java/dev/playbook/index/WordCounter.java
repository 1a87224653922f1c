package dev.playbook.index;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts the stems of one page per {@link Field}: a map from each stem to its counts. {@link Stems}
 * remembers every word's stem for the whole build, so a word is stemmed once, not at each occurrence.
 * One per page.
 */
final class WordCounter {

    private final Stems stems;
    /** Per stem met on the page, its count in each field. */
    private final Map<String, int[]> counts = new HashMap<>();
    private final int[] lengths = new int[Field.COUNT];
    /** The page's words that are not stopwords, once each: the index's dictionary is made of them. */
    private final Set<String> words = new LinkedHashSet<>();

    WordCounter(Stems stems) {
        this.stems = stems;
    }

    /** Counts every word of {@code text} as standing in {@code field}. */
    void add(String text, Field field) {
        int f = field.ordinal();
        Tokenizer.scan(text, word -> {
            lengths[f]++; // stopwords are text too
            String stem = stems.of(word);
            if (stem != null) {
                counts.computeIfAbsent(stem, s -> new int[Field.COUNT])[f]++;
                words.add(stems.canonical(word));
            }
        });
    }

    /**
     * The page: its stems, their counts ({@link Field#COUNT} per stem, in stem order, unsigned bytes),
     * its words per field (stopwords included) and its words.
     */
    PageCounts finishPage() {
        String[] pageStems = new String[counts.size()];
        byte[] pageCounts = new byte[counts.size() * Field.COUNT];
        int i = 0;
        for (Map.Entry<String, int[]> stem : counts.entrySet()) {
            pageStems[i] = stem.getKey();
            for (int f = 0; f < Field.COUNT; f++) {
                pageCounts[i * Field.COUNT + f] = (byte) Math.min(255, stem.getValue()[f]);
            }
            i++;
        }
        return new PageCounts(pageStems, pageCounts, lengths.clone(), words.toArray(String[]::new));
    }

    /** Counts saturate at 255 (a byte each): BM25 has long stopped telling 255 from more by then. */
    record PageCounts(String[] stems, byte[] counts, int[] lengths, String[] words) {
    }
}
