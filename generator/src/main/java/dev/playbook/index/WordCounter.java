package dev.playbook.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * How often every word occurs on one page, per {@link Field}, in an open-addressing table keyed by the
 * characters themselves: a page's few hundred distinct words become Strings once, not at each of their
 * thousands of occurrences. Not thread-safe; one per page.
 */
final class WordCounter implements Tokenizer.Words {

    private static final int FIELDS = Field.values().length;

    private char[][] keys = new char[2048][];
    /** Per slot, one count per field: counts[slot * FIELDS + field]. */
    private int[] counts = new int[2048 * FIELDS];
    private int size;
    private int field;
    private final int[] lengths = new int[FIELDS];
    private char[] buffer = new char[64];

    /** Counts every word of {@code text} as standing in {@code field}. */
    void add(CharSequence text, Field field) {
        this.field = field.ordinal();
        buffer = Tokenizer.scan(text, buffer, this);
    }

    @Override
    public void word(char[] chars, int length) {
        int hash = 1;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = keys.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            char[] key = keys[slot];
            if (key == null) {
                keys[slot] = Arrays.copyOf(chars, length);
                counts[slot * FIELDS + field]++;
                if (++size * 2 > keys.length) {
                    grow();
                }
                break;
            }
            if (key.length == length && Arrays.equals(key, 0, length, chars, 0, length)) {
                counts[slot * FIELDS + field]++;
                break;
            }
        }
        lengths[field]++;
    }

    /** Counts per field of every stem, stopwords left out. */
    Map<String, int[]> byStem(Stems stems) {
        Map<String, int[]> result = new HashMap<>(size * 2);
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != null) {
                String stem = stems.of(new String(keys[slot]));
                if (stem != null) {
                    int[] sum = result.computeIfAbsent(stem, s -> new int[FIELDS]);
                    for (int f = 0; f < FIELDS; f++) {
                        sum[f] += counts[slot * FIELDS + f];
                    }
                }
            }
        }
        return result;
    }

    /** The number of words (stopwords too: they are text) in each field. */
    int[] lengths() {
        return lengths.clone();
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new char[oldKeys.length * 2][];
        counts = new int[keys.length * FIELDS];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            char[] key = oldKeys[i];
            if (key != null) {
                int hash = 1;
                for (char c : key) {
                    hash = 31 * hash + c;
                }
                int slot = mix(hash) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                System.arraycopy(oldCounts, i * FIELDS, counts, slot * FIELDS, FIELDS);
            }
        }
    }

    /** Spreads String-style hashes over the table (they cluster for short words). */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
