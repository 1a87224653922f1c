package dev.playbook.index;

/**
 * Which words count as the word a reader typed, before its stem: the word and its plural or singular
 * ({@code sign}, {@code signs}), not the rest of its stem ({@code signed}, {@code signing}). The index lists
 * the pages of each class of a stem with several classes, so that the client ranks the exact word above its
 * stem. {@code assets/search.js} has the same function ({@code wordClass}); both are tested on the same words.
 */
final class WordClass {

    private WordClass() {
    }

    static String of(String word) {
        int n = word.length();
        if (n > 4 && word.endsWith("ies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n > 4 && word.endsWith("sses")) {
            return word.substring(0, n - 2);
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, n - 1);
        }
        return word;
    }
}
