package dev.playbook.index;

import java.util.List;

/**
 * What the index keeps of a page until every page is in: its facet values and how often each stem
 * occurs in each {@link Field} (not its text, which has gone out in its fragment). {@code counts} holds
 * one run of {@link Field#COUNT} counts per stem (unsigned bytes, at most 255), in the order of {@code stems}; {@code lengths}
 * the number of words per field; {@code about} marks a page about the playbook itself (Rules, Completeness, changes),
 * which search leaves out unless asked. Flat arrays keep ten thousand pages of a few hundred stems each small.
 */
record PageTerms(String path, List<FacetValue> facets, String[] stems, byte[] counts, int[] lengths, String[] words,
                 boolean about) {

    PageTerms {
        facets = List.copyOf(facets);
        if (counts.length != stems.length * Field.COUNT || lengths.length != Field.COUNT) {
            throw new IllegalArgumentException("counts do not match stems and fields");
        }
    }

    /** How often stem {@code i} occurs in {@code field}. */
    int count(int i, Field field) {
        return Byte.toUnsignedInt(counts[i * Field.COUNT + field.ordinal()]);
    }
}
