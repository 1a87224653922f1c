package dev.playbook.index;

import java.util.List;

/** One rendered page as the index reads it: its title and sections (for its fragment) and its terms. */
record IndexedPage(String title, List<IndexedSection> sections, PageTerms terms) {

    IndexedPage {
        sections = List.copyOf(sections);
    }
}
