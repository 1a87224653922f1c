package dev.playbook.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The playbook's glossary (kind {@code glossary}): its terms with their abbreviations, the words reps use
 * instead, and the page that answers each. Read from the first glossary file; a playbook without one has an
 * empty glossary, which defines nothing.
 */
public record Glossary(Optional<String> path, List<Term> terms) {

    /** Roman numerals ({@code Type II}) are not abbreviations. */
    private static final Pattern ROMAN = Pattern.compile("[IVX]+");

    /** One term. {@code see} is the link to the page that answers it, as the author wrote it. */
    public record Term(String term, List<String> abbreviations, List<String> aka, String definition,
                       Optional<ScalarNode> see, Position position) {

        public Term {
            abbreviations = List.copyOf(abbreviations);
            aka = List.copyOf(aka);
        }
    }

    public Glossary {
        terms = List.copyOf(terms);
    }

    public static Glossary empty() {
        return new Glossary(Optional.empty(), List.of());
    }

    public static Glossary from(Playbook playbook) {
        return playbook.firstOfKind(ContentKind.GLOSSARY).map(Glossary::from).orElseGet(Glossary::empty);
    }

    static Glossary from(StructuredDocument document) {
        List<Term> terms = new ArrayList<>();
        for (MapNode entry : document.data().maps("terms")) {
            Optional<String> term = entry.text("term");
            if (term.isEmpty() || term.get().isBlank()) {
                continue; // the schema reports it
            }
            Optional<ScalarNode> see = entry.get("see").filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
                    .filter(ScalarNode::isString);
            terms.add(new Term(term.get().strip(), entry.texts("abbreviations"), entry.texts("aka"),
                    entry.text("definition").orElse(""), see, entry.position()));
        }
        return new Glossary(Optional.of(document.path()), terms);
    }

    public boolean isEmpty() {
        return path.isEmpty();
    }

    /** Each abbreviation with the term it stands for, in the glossary's order; the first definition wins. */
    public Map<String, String> abbreviations() {
        Map<String, String> all = new LinkedHashMap<>();
        for (Term term : terms) {
            term.abbreviations().forEach(a -> all.putIfAbsent(a, term.term()));
        }
        return all;
    }

    /**
     * The words the glossary explains: its abbreviations, and its terms (a word in capitals is explained when it is
     * a term itself, such as MEDDIC).
     */
    public java.util.Set<String> defined() {
        java.util.Set<String> all = new java.util.HashSet<>(abbreviations().keySet());
        terms.forEach(t -> all.add(t.term()));
        return all;
    }

    /** An abbreviation written in {@code text}: where it starts, the word as written and its singular. */
    public record Use(int start, String written, String singular) {
    }

    /**
     * The words of {@code text} that read as abbreviations, in order. A word written in capitals reads as one: two or
     * more capital letters, maybe digits or an ampersand between them ({@code B2B}, {@code FP&A}), maybe a plural
     * {@code s} ({@code AEs}), standing alone (no letter, digit or ampersand on either side), and not a Roman numeral.
     * One pass over the text: the rules and the renderer run this over every line of a playbook, and the equivalent
     * regex's look-behind, tried at every character, made it the slowest step of a rebuild ({@code GlossaryUsesTest}
     * holds the two to the same answers).
     */
    public static List<Use> uses(CharSequence text) {
        List<Use> uses = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z' || (i > 0 && isWordPart(Character.codePointBefore(text, i)))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < length && isCapitalRun(text.charAt(end))) {
                end++;
            }
            // the run is the whole candidate: a shorter word would be followed by a letter, digit or ampersand
            int after = end < length && text.charAt(end) == 's' ? end + 1 : end;
            boolean alone = after == length || !isWordPart(Character.codePointAt(text, after));
            if (end - i >= 2 && text.charAt(end - 1) != '&' && alone) {
                String word = text.subSequence(i, end).toString();
                if (isAbbreviation(word)) {
                    uses.add(new Use(i, text.subSequence(i, after).toString(), word));
                }
            }
            i = end;
        }
        return uses;
    }

    private static boolean isCapitalRun(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&';
    }

    private static boolean isWordPart(int codePoint) {
        return codePoint == '&' || Character.isLetter(codePoint) || Character.isDigit(codePoint);
    }

    static boolean isAbbreviation(String word) {
        int capitals = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                capitals++;
            }
        }
        return capitals >= 2 && !ROMAN.matcher(word).matches();
    }
}
