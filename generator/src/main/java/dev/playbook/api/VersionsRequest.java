package dev.playbook.api;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Build every Git tag of the content's repository that matches {@code pattern} (such as {@code v*}) into
 * {@code output/<tag>/}, with {@code output/latest/} for the newest release; with {@code draft}, also the
 * working tree as {@code output/next/}. Released versions are judged as of their commit's date; the draft
 * as of {@code today}. {@code takeAways}: the downloads asked for on top of those each version's config asks for.
 */
public record VersionsRequest(Path content, Path output, Optional<Path> theme, String pattern, boolean draft,
                              java.time.LocalDate today, dev.playbook.model.TakeAways takeAways) {

    public VersionsRequest(Path content, Path output, Optional<Path> theme, String pattern, boolean draft, java.time.LocalDate today) {
        this(content, output, theme, pattern, draft, today, dev.playbook.model.TakeAways.NONE);
    }

    public VersionsRequest(Path content, Path output, Optional<Path> theme, String pattern, boolean draft) {
        this(content, output, theme, pattern, draft, java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    }
}
