/**
 * Markdown stage: Markdown to sanitized HTML with headings, ids and links with positions; every link an
 * author wrote, for link validation.
 * <p>API: {@code MarkdownConverter}, {@code ConvertedMarkdown} (with {@code Heading}, {@code LinkRef}) and
 * {@code SourceLinkCollector}.
 */
package dev.playbook.markdown;
