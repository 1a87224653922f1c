package dev.playbook.api;

import dev.playbook.model.Problem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One build of the live preview, as its listener hears of it: whether the site was replaced (a build with
 * errors keeps the last good one), the pages and files that changed, the problems of what was built, and how
 * long it took from the change being seen to the browsers being told. {@code failure} stopped the build, and the
 * preview goes on with the last good site: a bug in Playbook, or a {@link dev.playbook.model.HintedException} when
 * the request no longer holds (no tag matches {versions} any more). {@code versions} is there when the build built
 * the released versions of a versioned preview (the first build, a tag or theme change): their report, as
 * {@code build --versions} gives it; the problems are then those of every version, each message naming its version.
 */
public record PreviewBuild(boolean first, boolean published, int pages, Set<String> changed, List<Problem> problems,
                           Duration took, Optional<RuntimeException> failure, Optional<VersionsReport> versions) {

    public PreviewBuild {
        changed = Set.copyOf(changed);
        problems = List.copyOf(problems);
    }

    /** A build of the working tree alone. */
    public PreviewBuild(boolean first, boolean published, int pages, Set<String> changed, List<Problem> problems,
                        Duration took, Optional<RuntimeException> failure) {
        this(first, published, pages, changed, problems, took, failure, Optional.empty());
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** How many pages (HTML files) changed. */
    public long pagesChanged() {
        return changed.stream().filter(path -> path.endsWith(".html")).count();
    }
}
