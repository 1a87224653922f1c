package dev.playbook.api;

import dev.playbook.model.Completeness;
import dev.playbook.model.ReviewQueue;
import dev.playbook.model.Excerpt;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.model.RuleInfo;
import dev.playbook.model.CheckResult;
import dev.playbook.model.Severity;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a build or check found, how complete the playbook is, and where the site went when it was written.
 * {@code sources} holds the texts of the content files the problems are in (by path relative to the content
 * folder), so that each problem can be shown with the lines around it ({@link #excerpt}). {@code reviewQueue} is every
 * page with its owner and review due date, as of the day the check judged by.
 */
public record Report(List<Problem> problems, int pages, Optional<Path> site, Completeness completeness,
                     List<CheckResult> checks, List<RuleInfo> rules, Map<String, String> sources, ReviewQueue reviewQueue) {

    public static final int EXIT_CLEAN = 0;
    public static final int EXIT_CONTENT_ERRORS = 1;
    public static final int EXIT_USAGE = 2;

    public Report {
        problems = problems.stream().sorted(Problem.BY_POSITION).toList();
        checks = List.copyOf(checks);
        rules = List.copyOf(rules);
        Set<String> files = problems.stream().filter(p -> p.position().line() > 0).map(p -> p.position().file())
                .collect(Collectors.toSet());
        sources = sources.entrySet().stream().filter(e -> files.contains(e.getKey()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A report without the sources' texts: its problems have no excerpts. */
    public Report(List<Problem> problems, int pages, Optional<Path> site, Completeness completeness,
                  List<CheckResult> checks, List<RuleInfo> rules) {
        this(problems, pages, site, completeness, checks, rules, Map.of(), new ReviewQueue(java.time.LocalDate.EPOCH, 0, List.of()));
    }

    /** The source lines around a problem, with a marker under its column; none for a whole file or the theme. */
    public Optional<Excerpt> excerpt(Problem problem) {
        Position position = problem.position();
        if (position.inTheme()) {
            return Optional.empty();
        }
        return Optional.ofNullable(sources.get(position.file())).flatMap(text -> Excerpt.of(text, position));
    }


    /** The same report with one more problem, such as a note from publishing. */
    Report with(Problem problem) {
        List<Problem> all = new java.util.ArrayList<>(problems);
        all.add(problem);
        return new Report(all, pages, site, completeness, checks, rules, sources, reviewQueue);
    }

    /**
     * A report of nothing: a version reused from the previous build (it was clean then, and nothing it depends
     * on changed), or the search index's half of a live build.
     */
    static Report empty() {
        return new Report(List.of(), 0, Optional.empty(), Completeness.none(), List.of(), List.of());
    }

    /** A report of one problem found before any content was read: a tag that names no commit. */
    static Report of(Problem problem) {
        return new Report(List.of(problem), 0, Optional.empty(), Completeness.none(), List.of(), List.of());
    }

    public long errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
    }

    public boolean hasErrors() {
        return errors() > 0;
    }

    public int exitCode() {
        return exitCode(false);
    }

    /** With {@code strict}, warnings fail too. */
    public int exitCode(boolean strict) {
        return hasErrors() || (strict && warnings() > 0) ? EXIT_CONTENT_ERRORS : EXIT_CLEAN;
    }

    /** "2 errors, 1 warning". */
    public String summary() {
        return plural(errors(), "error") + ", " + plural(warnings(), "warning");
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
