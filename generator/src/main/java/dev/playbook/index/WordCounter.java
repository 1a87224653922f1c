package dev.playbook.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the stems of one page at a time, per {@link Field}. A playbook repeats a few thousand words
 * millions of times, so the counter keeps what it learns across pages: an open-addressing table keyed
 * by the characters themselves (a word becomes a String once, not at each occurrence) that remembers
 * each word's stem. Counting a page then costs a scan of its text and a probe per word. Not
 * thread-safe: each thread borrows one (see {@link SearchIndexBuilder}).
 */
final class WordCounter implements Tokenizer.Words {

    private static final int FIELDS = Field.COUNT;
    private static final int UNKNOWN = -2;
    private static final int STOPWORD = -1;

    private final Stems stemmer;
    // the vocabulary: word characters, and the number of the word's stem (or UNKNOWN, STOPWORD)
    private char[][] keys = new char[4096][];
    private int[] stemOfSlot = new int[4096];
    private int size;
    // the stems met so far, numbered; the same number for every word with that stem
    private final List<String> stems = new ArrayList<>();
    private final Map<String, Integer> stemNumbers = new HashMap<>();
    // this page: counts per stem and field, the stems touched, words per field
    private int[] counts = new int[1024 * FIELDS];
    /** Per stem, the page it was last counted on: a stem whose page is not this one starts from zero. */
    private int[] pageOfStem = new int[1024];
    private int page = 1;
    private int[] touched = new int[256];
    private int touchedCount;
    private final int[] lengths = new int[FIELDS];
    private int field;
    private char[] buffer = new char[64];

    WordCounter(Stems stemmer) {
        this.stemmer = stemmer;
    }

    /** Counts every word of {@code text[from, to)} as standing in {@code field}. */
    void add(CharSequence text, int from, int to, Field field) {
        this.field = field.ordinal();
        buffer = Tokenizer.scan(text, from, to, buffer, this);
    }

    @Override
    public void word(char[] chars, int length, int hash) {
        lengths[field]++;
        int stem = stemOf(slot(chars, length, hash));
        if (stem < 0) {
            return;
        }
        if (stem >= pageOfStem.length) {
            pageOfStem = Arrays.copyOf(pageOfStem, Math.max(pageOfStem.length * 2, stem + 1));
            counts = Arrays.copyOf(counts, pageOfStem.length * FIELDS);
        }
        int at = stem * FIELDS;
        if (pageOfStem[stem] != page) {
            pageOfStem[stem] = page;
            Arrays.fill(counts, at, at + FIELDS, 0);
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touched.length * 2);
            }
            touched[touchedCount++] = stem;
        }
        counts[at + field]++;
    }

    /**
     * The page counted since the last call: its stems, their counts ({@link Field#COUNT} per
     * stem, in stem order, unsigned bytes) and its words per field (stopwords included: they are text). Starts a new page.
     */
    PageCounts finishPage() {
        String[] pageStems = new String[touchedCount];
        byte[] pageCounts = new byte[touchedCount * FIELDS];
        for (int i = 0; i < touchedCount; i++) {
            int stem = touched[i];
            pageStems[i] = stems.get(stem);
            for (int f = 0; f < FIELDS; f++) {
                pageCounts[i * FIELDS + f] = (byte) Math.min(255, counts[stem * FIELDS + f]);
            }
        }
        int[] pageLengths = lengths.clone();
        discardPage();
        return new PageCounts(pageStems, pageCounts, pageLengths);
    }

    /** Forgets what was counted since the last page and starts a new one. */
    private void discardPage() {
        touchedCount = 0;
        page++;
        Arrays.fill(lengths, 0);
    }

    /** Counts saturate at 255 (a byte each): BM25 has long stopped telling 255 from more by then. */
    record PageCounts(String[] stems, byte[] counts, int[] lengths) {
    }

    private int slot(char[] chars, int length, int hash) {
        int mask = keys.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            char[] key = keys[slot];
            if (key == null) {
                keys[slot] = Arrays.copyOf(chars, length);
                stemOfSlot[slot] = UNKNOWN;
                if (++size * 2 > keys.length) {
                    grow();
                    return slot(chars, length, hash);
                }
                return slot;
            }
            if (key.length == length && Arrays.equals(key, 0, length, chars, 0, length)) {
                return slot;
            }
        }
    }

    private int stemOf(int slot) {
        int stem = stemOfSlot[slot];
        if (stem == UNKNOWN) {
            String name = stemmer.of(new String(keys[slot]));
            stem = name == null ? STOPWORD : stemNumbers.computeIfAbsent(name, n -> {
                stems.add(n);
                return stems.size() - 1;
            });
            stemOfSlot[slot] = stem;
        }
        return stem;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldStems = stemOfSlot;
        keys = new char[oldKeys.length * 2][];
        stemOfSlot = new int[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            char[] key = oldKeys[i];
            if (key != null) {
                int hash = 0;
                for (char c : key) {
                    hash = 31 * hash + c;
                }
                int slot = mix(hash) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                stemOfSlot[slot] = oldStems[i];
            }
        }
    }

    /** Spreads String-style hashes over the table (they cluster for short words). */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
