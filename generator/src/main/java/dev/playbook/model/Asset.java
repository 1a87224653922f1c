package dev.playbook.model;

import java.nio.file.Path;

/** A file that is copied to the site as it is (an image, a PDF). */
public record Asset(String path, Path file) {
}
