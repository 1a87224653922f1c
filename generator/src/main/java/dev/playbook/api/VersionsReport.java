package dev.playbook.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One report per version, in version order (a tag that names no commit first, with its problem), the version
 * {@code latest} names, and what was written: the versions published (in versions.json), those reused unchanged
 * from the previous build, and those that had errors and kept their previous build instead. A version with
 * errors that had no previous build is in none of these lists.
 */
public record VersionsReport(Map<String, Report> versions, Optional<String> latest, boolean written, List<String> reused,
                             List<String> published, List<String> keptPrevious) {

    public VersionsReport {
        versions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(versions));
        reused = List.copyOf(reused);
        published = List.copyOf(published);
        keptPrevious = List.copyOf(keptPrevious);
    }

    public boolean hasErrors() {
        return versions.values().stream().anyMatch(Report::hasErrors);
    }

    public int exitCode(boolean strict) {
        return versions.values().stream().mapToInt(r -> r.exitCode(strict)).max().orElse(Report.EXIT_CLEAN);
    }

    /** Every version checked or built, whether or not it was published. */
    public List<String> names() {
        return List.copyOf(versions.keySet());
    }
}
