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
