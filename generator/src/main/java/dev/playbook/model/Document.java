package dev.playbook.model;

/** One content file that becomes one page of the site. */
public sealed interface Document permits StructuredDocument, GuidePage {

    /** Path relative to the content root, with forward slashes. */
    String path();

    /** The schema kind: "sales-process", "metrics", ..., or "guide" for Markdown pages. */
    String kind();

    PageHeader header();

    /** Where the page lands in the site: the source path with {@code .html} for its extension. */
    default String outputPath() {
        return OutputPaths.pageFor(path());
    }
}
