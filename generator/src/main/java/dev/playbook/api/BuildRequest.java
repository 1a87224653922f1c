package dev.playbook.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import dev.playbook.model.TakeAways;

/**
 * Build {@code content} into a site at {@code output}, with an optional theme that shadows the
 * default. {@code today} decides which pages are overdue for review. With {@code force}, an output folder
 * holding files Playbook did not write is moved aside (never deleted) instead of refused. {@code takeAways} are
 * the downloads asked for ({pdf}, {offline}) on top of those the playbook's config asks for.
 */
public record BuildRequest(Path content, Path output, Optional<Path> theme, LocalDate today, boolean force, TakeAways takeAways) {

    public BuildRequest(Path content, Path output, Optional<Path> theme, LocalDate today, boolean force) {
        this(content, output, theme, today, force, TakeAways.NONE);
    }

    public BuildRequest(Path content, Path output, Optional<Path> theme, LocalDate today) {
        this(content, output, theme, today, false);
    }

    public BuildRequest(Path content, Path output, Optional<Path> theme) {
        this(content, output, theme, LocalDate.now(ZoneOffset.UTC));
    }
}
