package dev.playbook.model;

/** A YAML file of a known kind, kept as its node tree so that every value keeps its position. */
public record StructuredDocument(String path, String kind, PageHeader header, MapNode data) implements Document {
}
