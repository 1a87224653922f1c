package dev.playbook.api;

import dev.playbook.model.Problem;
import dev.playbook.serve.OverlayProblem;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a {@link LivePreview} serves and keeps up to date: the working tree as one site ({@link UnversionedPreview}),
 * or a site of several versions ({@link VersionedPreview}). It builds, and says what to watch; the preview serves
 * each build and tells open pages. Its builds never overlap: the preview runs them one at a time.
 */
interface PreviewSite extends AutoCloseable {

    /**
     * One build: the whole site now served (the new one, or the last good one when this one has errors), the paths
     * whose bytes changed, whether the site was replaced, the pages built, the problems of what was built (as the
     * terminal prints them), the errors every open page shows over it, and, when it built released versions, their
     * report as {@code build --versions} gives it.
     */
    record Step(Map<String, byte[]> site, Set<String> changed, boolean published, int pages, List<Problem> problems,
                List<OverlayProblem> overlay, Optional<VersionsReport> versions) {

        public Step {
            changed = Set.copyOf(changed);
            problems = List.copyOf(problems);
            overlay = List.copyOf(overlay);
        }
    }

    /** The first build. */
    Step first();

    /**
     * Starts watching what the site is built from. Each change hands {@code rebuild} the build it calls for, which
     * gives nothing when, looked at closely, the change changes nothing. Closing what this returns stops watching.
     */
    List<AutoCloseable> watch(Rebuilds rebuild);

    /** Where a change's build goes. */
    @FunctionalInterface
    interface Rebuilds {

        /**
         * Runs {@code build}; {@code settled}, asked when it is done, says whether the files stayed quiet since (see
         * {@link dev.playbook.source.ContentWatcher.Listener}): if not, a build of the later state follows, and shows this one's changes.
         */
        void rebuild(Supplier<Optional<Step>> build, java.util.function.BooleanSupplier settled);

        /** A change that is whole as it is seen (a tag moved). */
        default void rebuild(Supplier<Optional<Step>> build) {
            rebuild(build, () -> true);
        }
    }

    /**
     * The second half of the last build: its search index put into the site; empty when there is nothing to add. The
     * pages come first: a reader's page does not wait for the index, which only the search box reads.
     */
    Optional<Step> completeIndex();

    /** As {@link #completeIndex()} when the index is written; empty, without waiting, while it is still being written. */
    Optional<Step> completeIndexIfDone();

    /** Runs {@code action} once the last build's search index is written, on the index's thread. */
    void whenIndexed(Runnable action);

    /** Lets go of what the site holds beyond memory. */
    @Override
    void close();

    /** Hidden files and folders (.git, editors' swap files such as .guide.md.swp) are never content, as for a build. */
    static boolean ignored(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** The folders a change to which is a change to the site: the content (unless only versions in Git are shown) and the theme. */
    static List<Path> folders(Optional<Path> content, Optional<Path> theme) {
        List<Path> watched = new java.util.ArrayList<>();
        content.ifPresent(watched::add);
        theme.ifPresent(watched::add);
        return watched;
    }

    /**
     * The errors of {@code report} as every open page shows them over itself, each with the lines around it in its
     * file; {@code named} words a problem for the overlay (a site of versions names the version).
     */
    static List<OverlayProblem> overlay(Report report, String prefix, java.util.function.UnaryOperator<Problem> named) {
        return report.problems().stream().filter(Problem::isError)
                .map(problem -> OverlayProblem.of(named.apply(problem), prefix, report.excerpt(problem))).toList();
    }

    /** Whether any of {@code changed} is in the theme. */
    static boolean inTheme(Collection<Path> changed, Optional<Path> theme) {
        return theme.map(t -> t.toAbsolutePath().normalize())
                .map(root -> changed.stream().anyMatch(path -> path.toAbsolutePath().normalize().startsWith(root)))
                .orElse(false);
    }
}
