package dev.playbook.markdown;

/** A link target as written in Markdown, with its 1-based line and column within the converted text. */
public record LinkRef(String target, int line, int column) {
}
