/**
 * Index stage: the full-text search index of docs/search.md, made from the rendered pages as they stream
 * to the output.
 * <p>API: {@code SearchIndexBuilder} (add pages, build), {@code SearchIndex} (its files),
 * {@code BackgroundIndex} (building and writing it beside link validation) and {@code Tokenizer}.
 */
package dev.playbook.index;
