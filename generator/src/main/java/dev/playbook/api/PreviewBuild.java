package dev.playbook.api;

import dev.playbook.model.Problem;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * One build of the live preview, as its listener hears of it: whether the site was replaced (a build with
 * errors keeps the last good one), the pages and files that changed, every problem, and how long it took
 * from the change being seen to the browsers being told. {@code failure} is a bug in Playbook that stopped
 * the build; the preview goes on with the last good site.
 */
public record PreviewBuild(boolean first, boolean published, int pages, Set<String> changed, List<Problem> problems,
                           Duration took, java.util.Optional<RuntimeException> failure) {

    public PreviewBuild {
        changed = Set.copyOf(changed);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** How many pages (HTML files) changed. */
    public long pagesChanged() {
        return changed.stream().filter(path -> path.endsWith(".html")).count();
    }
}
