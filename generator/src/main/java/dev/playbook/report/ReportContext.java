package dev.playbook.report;

import dev.playbook.api.Report;
import dev.playbook.model.Problem;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A report with what every format needs around it: the path prefix that turns content-relative paths
 * into repository-relative ones, the files a pull request changed, and whether warnings fail.
 */
public record ReportContext(Report report, String pathPrefix, Set<String> changedFiles, boolean strict, String version) {

    public ReportContext {
        changedFiles = Set.copyOf(changedFiles);
    }

    /** The path a reader or a CI system knows the file by. */
    public String path(String file) {
        // theme problems are located in the theme ("theme:home.ftlh"), not in the content folder
        return file.equals("theme") || file.startsWith("theme:") ? file : pathPrefix + file;
    }

    public boolean changed(Problem problem) {
        return changedFiles.contains(problem.position().file());
    }

    /** Problems in changed files first, each group by position, so a pull request sees its own on top. */
    public List<Problem> problems() {
        return report.problems().stream()
                .sorted(Comparator.comparing((Problem p) -> !changed(p)).thenComparing(Problem.BY_POSITION))
                .toList();
    }

    /** Errors first, then warnings; changed files first within each. */
    public List<Problem> errorsFirst() {
        return problems().stream().sorted(Comparator.comparing(Problem::severity)).toList();
    }

    public boolean fails(Problem problem) {
        return problem.isError() || strict;
    }

    public boolean passed() {
        return report.exitCode(strict) == Report.EXIT_CLEAN;
    }
}
