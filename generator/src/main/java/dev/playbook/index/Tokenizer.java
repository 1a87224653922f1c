package dev.playbook.index;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Splits text into index words: lower-cased runs of letters and digits, apostrophes dropped ({@code rep's}
 * is {@code reps}), words of one character and stopwords left out. The browser's tokenizer
 * ({@code assets/search.js}) does the same, so a query finds what the index holds.
 *
 * <p>A big playbook has millions of words, so the scanner hands each word over as a slice of a reused
 * buffer ({@link Words}) instead of a new String; {@link WordCounter} counts them without allocating.
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

    /**
     * Receives each word as {@code buffer[0, length)}, with its hash as {@link String#hashCode} would give
     * it (worked out while the word was read, not in a second pass); the buffer is reused for the next word.
     */
    @FunctionalInterface
    interface Words {
        void word(char[] buffer, int length, int hash);
    }

    private Tokenizer() {
    }

    /** Calls {@code word} for every index word of {@code text}, in order (the reference form of {@link #scan}). */
    static void words(CharSequence text, Consumer<String> word) {
        scan(text, new char[64], (buffer, length, hash) -> {
            String w = new String(buffer, 0, length);
            if (!STOPWORDS.contains(w)) {
                word.accept(w);
            }
        });
    }

    /**
     * Calls {@code words} for every lower-cased word of two or more characters, stopwords included (the
     * caller drops them once per distinct word rather than once per occurrence). Returns the buffer, grown
     * if a word needed more room.
     */
    static char[] scan(CharSequence text, char[] buffer, Words words) {
        return scan(text, 0, text.length(), buffer, words);
    }

    /** The same for {@code text[from, to)}: a page's reader hands over its text runs without copying them. */
    static char[] scan(CharSequence text, int from, int to, char[] buffer, Words words) {
        int length = 0;
        int hash = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    buffer = put(buffer, length++, c);
                    hash = 31 * hash + c;
                    continue;
                }
                if (c >= 'A' && c <= 'Z') {
                    buffer = put(buffer, length++, (char) (c + 32));
                    hash = 31 * hash + c + 32;
                    continue;
                }
                if (c == '\'') {
                    continue;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLetterOrDigit(Character.codePointAt(text, i))) {
                for (char part : Character.toChars(Character.toLowerCase(Character.codePointAt(text, i)))) {
                    buffer = put(buffer, length++, part);
                    hash = 31 * hash + part;
                }
                i++;
                continue;
            } else if (Character.isLetterOrDigit(c)) {
                char lower = Character.toLowerCase(c);
                buffer = put(buffer, length++, lower);
                hash = 31 * hash + lower;
                continue;
            } else if (c == '\u2019') {
                continue;
            }
            if (length > 1) {
                words.word(buffer, length, hash);
            }
            length = 0;
            hash = 0;
        }
        if (length > 1) {
            words.word(buffer, length, hash);
        }
        return buffer;
    }

    private static char[] put(char[] buffer, int at, char c) {
        char[] target = at < buffer.length ? buffer : java.util.Arrays.copyOf(buffer, buffer.length * 2);
        target[at] = c;
        return target;
    }
}
