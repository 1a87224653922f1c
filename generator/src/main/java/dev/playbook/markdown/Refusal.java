package dev.playbook.markdown;

/**
 * Why a Markdown text was not converted, at the 1-based line and column within the text where the
 * trouble starts: the converter refuses what would exhaust it, and says so instead of failing.
 */
public record Refusal(String message, String hint, int line, int column) {
}
