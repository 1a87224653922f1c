package dev.playbook.model;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" for misspelt keys, ids and enum values: the closest candidate within a small edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    public static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(word.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // a third of the word, at least two edits: close enough to be a typo, not a different word
        int allowed = Math.max(2, word.length() / 3);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** A hint naming the closest candidate, or listing the candidates when there are few. */
    public static Optional<String> hint(String word, Collection<String> candidates) {
        Optional<String> closest = closest(word, candidates);
        if (closest.isPresent()) {
            return Optional.of("did you mean \"" + closest.get() + "\"?");
        }
        if (candidates.isEmpty() || candidates.size() > 12) {
            return Optional.empty();
        }
        return Optional.of("expected one of: " + String.join(", ", candidates));
    }

    /** Optimal string alignment distance: Levenshtein plus transposition of two neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
