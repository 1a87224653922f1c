package dev.playbook.index;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Splits text into index words: lower-cased runs of letters and digits, apostrophes dropped ({@code rep's}
 * is {@code reps}), words of one character and stopwords left out. The browser's tokenizer
 * ({@code assets/search.js}) does the same, so a query finds what the index holds.
 */
public final class Tokenizer {

    /** Common English words that would match nearly every page; published in index.json for the client. */
    public static final Set<String> STOPWORDS = Set.of(
            "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been",
            "before", "being", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "for", "from",
            "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in",
            "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "of",
            "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she",
            "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there",
            "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was",
            "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
            "would", "you", "your", "yours");

    private Tokenizer() {
    }

    /** Calls {@code word} for every index word of {@code text}, in order. */
    static void words(CharSequence text, Consumer<String> word) {
        scan(text, w -> {
            if (!STOPWORDS.contains(w)) {
                word.accept(w);
            }
        });
    }

    /**
     * Calls {@code words} for every lower-cased word of two or more characters, stopwords included: they
     * are text, counted in a field's length (the caller drops them).
     */
    static void scan(CharSequence text, Consumer<String> words) {
        StringBuilder word = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    word.append(c);
                    continue;
                }
                if (c >= 'A' && c <= 'Z') {
                    word.append((char) (c + 32));
                    continue;
                }
                if (c == '\'') {
                    continue;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLetterOrDigit(Character.codePointAt(text, i))) {
                word.appendCodePoint(Character.toLowerCase(Character.codePointAt(text, i)));
                i++;
                continue;
            } else if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
                continue;
            } else if (c == '\u2019') {
                continue;
            }
            if (word.length() > 1) {
                words.accept(word.toString());
            }
            word.setLength(0);
        }
        if (word.length() > 1) {
            words.accept(word.toString());
        }
    }
}
