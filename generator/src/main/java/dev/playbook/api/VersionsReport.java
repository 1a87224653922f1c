package dev.playbook.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One report per version, in version order, the version {@code latest} names, and the versions reused unchanged from the previous build. */
public record VersionsReport(Map<String, Report> versions, Optional<String> latest, boolean written, List<String> reused) {

    public VersionsReport {
        versions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(versions));
        reused = List.copyOf(reused);
    }

    public boolean hasErrors() {
        return versions.values().stream().anyMatch(Report::hasErrors);
    }

    public int exitCode(boolean strict) {
        return versions.values().stream().mapToInt(r -> r.exitCode(strict)).max().orElse(Report.EXIT_CLEAN);
    }

    public List<String> names() {
        return List.copyOf(versions.keySet());
    }
}
