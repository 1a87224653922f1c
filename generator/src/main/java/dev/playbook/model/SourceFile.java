package dev.playbook.model;

/** A page source read from the content directory: its relative path and its text. */
public record SourceFile(String path, String text) {
}
