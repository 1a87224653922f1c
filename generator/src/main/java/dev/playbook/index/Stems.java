package dev.playbook.index;

import opennlp.tools.stemmer.PorterStemmer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Porter stems of the words seen in one build, remembered: a playbook repeats a few thousand words
 * millions of times, and stemming each occurrence would cost more than the rest of the index. The words
 * seen are also the index's dictionary. Safe for several threads.
 */
final class Stems {

    private final Map<String, String> stemOf = new ConcurrentHashMap<>();
    private final Map<String, String> sharedStems = new ConcurrentHashMap<>();
    /**
     * One String per distinct word: ten thousand pages each keep their few hundred words until the index is built. Like
     * the stems, kept for the life of the builder's memory (a live preview's whole session): a few words per save.
     */
    private final Map<String, String> sharedWords = new ConcurrentHashMap<>();

    /** Stands for "a stopword, not indexed" in the map, which cannot hold null. */
    private static final String STOPWORD = "";

    /**
     * The stem of a tokenizer word, the same String instance for every word with that stem; null for a
     * stopword.
     */
    String of(String word) {
        String stem = stemOf.get(word);
        if (stem == STOPWORD) {
            return null;
        }
        if (stem == null) {
            if (Tokenizer.STOPWORDS.contains(word)) {
                stemOf.put(word, STOPWORD);
                return null;
            }
            // PorterStemmer keeps state between calls, so one per new word (they are few)
            String computed = sharedStems.computeIfAbsent(new PorterStemmer().stem(word), s -> s);
            stem = stemOf.computeIfAbsent(word, w -> computed);
        }
        return stem;
    }

    /** The one instance of {@code word} kept (the first one seen). */
    String canonical(String word) {
        String known = sharedWords.putIfAbsent(word, word);
        return known == null ? word : known;
    }
}
