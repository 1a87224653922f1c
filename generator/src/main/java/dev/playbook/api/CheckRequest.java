package dev.playbook.api;

import java.nio.file.Path;
import java.util.Optional;

/** Validate {@code content} without writing anything. The theme matters because links to anchors are checked on rendered pages. */
public record CheckRequest(Path content, Optional<Path> theme) {
}
