package dev.playbook.model;

/**
 * Turns a Markdown text field into sanitized HTML. The renderer receives one, so that it does not
 * depend on the Markdown stage's library.
 */
@FunctionalInterface
public interface MarkupFormatter {

    String toHtml(String markdown, boolean inline);
}
