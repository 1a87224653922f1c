package dev.playbook.report;

import dev.playbook.api.Report;
import dev.playbook.model.Position;
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

    /** The path a reader or a CI system knows the position's file by. */
    public String path(Position position) {
        return Position.ofFile(position.file()).format(pathPrefix);
    }

    /** {@code content/team/x.yaml:3:5}: as every format writes a position. */
    public String location(Position position) {
        return position.format(pathPrefix);
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
