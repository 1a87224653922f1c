package dev.playbook.cli;

import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Options shared by build and check. */
final class ContentOptions {

    @Option(names = "--content", paramLabel = "DIR",
            description = "The playbook's content folder (default: ./content when it exists, else the current folder).")
    Path content;

    @Option(names = "--theme", paramLabel = "DIR",
            description = "A theme folder whose templates/ and assets/ files replace the built-in theme's, by path.")
    Path theme;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Judge review dates as of this day (default: today in UTC).")
    java.time.LocalDate today;

    java.time.LocalDate today() {
        return today != null ? today : java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    }

    Path content() {
        if (content != null) {
            return content;
        }
        Path conventional = Path.of("content");
        return Files.isDirectory(conventional) ? conventional : Path.of(".");
    }

    Optional<Path> theme() {
        return Optional.ofNullable(theme);
    }
}
