package dev.playbook.index;

import java.util.List;

/** One rendered page as the index reads it: its title and sections (for its fragment), its terms and
 * the glossary entries it shows. */
record IndexedPage(String title, List<IndexedSection> sections, PageTerms terms, List<GlossaryTerm> glossary) {

    IndexedPage {
        sections = List.copyOf(sections);
        glossary = List.copyOf(glossary);
    }
}
