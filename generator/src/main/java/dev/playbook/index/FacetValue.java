package dev.playbook.index;

/** One value of a search facet, e.g. stage {@code discovery} labelled "Discovery". */
public record FacetValue(String facet, String id, String label) {
}
