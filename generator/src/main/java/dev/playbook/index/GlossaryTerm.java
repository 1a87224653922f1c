package dev.playbook.index;

import java.util.List;

/**
 * A glossary entry as its page shows it (docs/search.md, "Glossary"): its names (the term, its abbreviations
 * and synonyms), its id on the glossary page, and the page and section that answer it ({@code see} is a path
 * from the site root, empty when the entry names none).
 */
record GlossaryTerm(String id, List<String> names, String see, String section) {

    GlossaryTerm {
        names = List.copyOf(names);
    }
}
