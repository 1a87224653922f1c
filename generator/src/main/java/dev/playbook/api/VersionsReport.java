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

    /**
     * One report covering every version, for the report formats: each problem names its version in front of its
     * message ("v1.2.0: role \"boss\" ..."); pages and checks add up; the score and the review queue are the newest
     * version's. A source text goes along (for excerpts) only where every version with a problem in that file has
     * the same text, so an excerpt never shows another version's lines.
     */
    public Report combined() {
        java.util.List<dev.playbook.model.Problem> problems = new java.util.ArrayList<>();
        java.util.List<dev.playbook.model.CheckResult> checks = new java.util.ArrayList<>();
        Map<String, String> sources = new java.util.HashMap<>();
        java.util.Set<String> conflicting = new java.util.HashSet<>();
        int pages = 0;
        Report newest = Report.empty();
        for (Map.Entry<String, Report> version : versions.entrySet()) {
            Report report = version.getValue();
            for (dev.playbook.model.Problem problem : report.problems()) {
                problems.add(named(version.getKey(), problem));
            }
            checks.addAll(report.checks());
            report.sources().forEach((path, text) -> {
                String before = sources.putIfAbsent(path, text);
                if (before != null && !before.equals(text)) {
                    conflicting.add(path);
                }
            });
            pages += report.pages();
            if (report.pages() > 0) {
                newest = report;
            }
        }
        conflicting.forEach(sources::remove);
        return new Report(problems, pages, Optional.empty(), newest.completeness(), checks, newest.rules(), sources, newest.reviewQueue());
    }

    /** {@code problem} with its version's name in front of its message: "v1.2.0: role \"boss\" ...". */
    static dev.playbook.model.Problem named(String version, dev.playbook.model.Problem problem) {
        return new dev.playbook.model.Problem(problem.severity(), problem.rule(), problem.position(), version + ": " + problem.message(),
                problem.hint());
    }

    /** Every version checked or built, whether or not it was published. */
    public List<String> names() {
        return List.copyOf(versions.keySet());
    }
}
