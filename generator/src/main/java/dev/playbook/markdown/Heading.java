package dev.playbook.markdown;

/** A heading of a converted page, for its table of contents and for anchor checking. */
public record Heading(int level, String id, String text) {
}
