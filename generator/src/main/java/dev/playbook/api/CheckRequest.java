package dev.playbook.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Validate {@code content} without writing anything. The theme matters because links to anchors are
 * checked on rendered pages; {@code today} decides which pages are overdue for review.
 */
public record CheckRequest(Path content, Optional<Path> theme, LocalDate today) {

    public CheckRequest(Path content, Optional<Path> theme) {
        this(content, theme, LocalDate.now(ZoneOffset.UTC));
    }
}
