package dev.playbook.model;

/** A link as an author wrote it in a page source, with where it was written. */
public record SourceLink(String target, Position position) {
}
