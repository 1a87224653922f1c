package dev.playbook.api;

import java.nio.file.Path;
import java.util.Optional;

/** Build {@code content} into a site at {@code output}, with an optional theme that shadows the default. */
public record BuildRequest(Path content, Path output, Optional<Path> theme) {
}
