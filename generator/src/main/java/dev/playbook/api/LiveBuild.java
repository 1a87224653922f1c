package dev.playbook.api;

import dev.playbook.model.Asset;
import dev.playbook.model.ContentTree;
import dev.playbook.model.Problem;
import dev.playbook.model.RunMemo;
import dev.playbook.source.ContentReader;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The live preview's builds, one after another in one warm process: the content tree is kept and only the
 * files that changed are read again, and the pipeline's stages remember what unchanged inputs gave. Each
 * build produces the whole site in memory, byte for byte what {@code build} writes, and says which of its
 * files changed. A build with errors keeps the last good site. Not thread-safe: builds, and the calls that put a
 * build's search index into the site, run one at a time.
 */
final class LiveBuild {

    /**
     * One build: the site now served (the new one, or the last good one when this one has errors), the
     * paths whose bytes changed, and the build's report (its problems, with the lines around each, and pages).
     */
    record Result(Map<String, byte[]> site, Set<String> changed, Report report, boolean published) {

        List<Problem> problems() {
            return report.problems();
        }

        boolean hasErrors() {
            return report.hasErrors();
        }
    }

    private final Path content;
    private final Optional<Path> theme;
    private final Supplier<LocalDate> today;
    private final Pipeline pipeline;
    /** Which version of a versioned site this is (the draft, {@code next/}); none for a site of its own. */
    private final Optional<Pipeline.VersionContext> version;
    private final ContentReader reader = new ContentReader();
    /** Content assets by identity: the tree keeps the same object for a file that did not change. */
    private final RunMemo<Asset, byte[]> assetBytes = RunMemo.byIdentity();
    /** Every file the last run wrote, published or not: what a warm renderer's "unchanged" refers to. */
    private Map<String, byte[]> lastPages = Map.of();
    private ContentTree tree;
    private Map<String, byte[]> site = Map.of();
    /** The pages of the site served (its pages.json, when it is a version). */
    private List<String> pagePaths = List.of();
    /** The pages the last run rendered anew; the others it took as last rendered. */
    private Set<String> rendered = Set.of();

    LiveBuild(Pipeline pipeline, Path content, Optional<Path> theme, Supplier<LocalDate> today) {
        this(pipeline, content, theme, today, Optional.empty());
    }

    LiveBuild(Pipeline pipeline, Path content, Optional<Path> theme, Supplier<LocalDate> today, Optional<Pipeline.VersionContext> version) {
        this.pipeline = pipeline;
        this.content = content;
        this.theme = theme;
        this.today = today;
        this.version = version;
    }

    /** The paths of the pages the served site's last build rendered. */
    List<String> pagePaths() {
        return pagePaths;
    }

    /** The pages the last build rendered anew (its other pages were as the build before rendered them). */
    Set<String> rendered() {
        return rendered;
    }

    /** The first build: the whole content folder is read. */
    Result buildAll() {
        tree = reader.read(content);
        return run();
    }

    /** The theme changed on disk: the next build reads its templates again, whatever it is told changed. */
    void themeChanged() {
        pipeline.themeChanged();
    }

    /** A build after {@code changed} (absolute paths in the content folder or the theme) changed on disk. */
    Result rebuild(Collection<Path> changed) {
        Path themeRoot = theme.map(t -> t.toAbsolutePath().normalize()).orElse(null);
        Path contentRoot = content.toAbsolutePath().normalize();
        if (themeRoot != null && changed.stream().anyMatch(path -> path.toAbsolutePath().normalize().startsWith(themeRoot))) {
            pipeline.themeChanged();
        }
        List<Path> inContent = changed.stream().filter(path -> path.toAbsolutePath().normalize().startsWith(contentRoot)).toList();
        if (!inContent.isEmpty()) {
            tree = reader.update(tree, content, inContent, Optional.empty());
        }
        return run();
    }

    /** The search index of the last build, still being written, and where it goes; none once it is in the site. */
    private Optional<PendingIndex> pending = Optional.empty();

    private record PendingIndex(dev.playbook.index.BackgroundIndex search, Map<String, byte[]> written) {
    }

    /**
     * The second half of a build: waits for its search index and puts it into the site. The pages come first
     * ({@link #rebuild}): a reader's page does not wait for the index, which only the search box reads.
     * Empty when there is nothing to add (no clean build since, or this was done already).
     */
    Optional<Result> completeIndex() {
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        PendingIndex index = pending.get();
        pending = Optional.empty();
        index.search().await();
        Map<String, byte[]> next = new HashMap<>(site);
        next.keySet().removeIf(LiveBuild::isSearchIndex);
        index.written().forEach((path, bytes) -> {
            if (isSearchIndex(path)) {
                next.put(path, bytes);
            }
        });
        Set<String> changed = changedPaths(site, next);
        site = Map.copyOf(next);
        return Optional.of(new Result(site, changed, Report.empty(), true));
    }

    private static boolean isSearchIndex(String path) {
        return path.startsWith(dev.playbook.model.OutputPaths.SEARCH_INDEX);
    }

    /**
     * The search index of the last build when it is written, as {@link #completeIndex()}; empty while it is
     * still being written. Never waits.
     */
    Optional<Result> completeIndexIfDone() {
        if (failedIndex.isPresent()) {
            PendingIndex failed = failedIndex.get();
            failedIndex = Optional.empty();
            failed.search().await(); // throws what the index threw: the caller reports it
        }
        return pending.isPresent() && pending.get().search().isDone() ? completeIndex() : Optional.empty();
    }

    /**
     * An index that failed, found done by a build before its own callback came: kept for that callback's
     * {@link #completeIndexIfDone()} to report, so the build goes on and the failure is not lost.
     */
    private Optional<PendingIndex> failedIndex = Optional.empty();

    /** Runs {@code action} once the last build's search index is written (see {@link #completeIndexIfDone}). */
    void whenIndexed(Runnable action) {
        pending.ifPresent(index -> index.search().whenDone(action));
    }

    private Result run() {
        if (pending.isPresent() && pending.get().search().isDone()) {
            if (pending.get().search().failed()) {
                failedIndex = pending;
                pending = Optional.empty();
            } else {
                completeIndex();
            }
        }
        // the last build's index, if still being written, is not waited for: an edit is not held up by the index of
        // the edit before (the slowest step at 10,000 pages). It is held while this build runs, then stopped if this
        // build replaces its pages, or let go on if this one has errors (the last good pages stay, and their index)
        Optional<PendingIndex> previous = pending;
        previous.ifPresent(index -> index.search().hold());
        Map<String, byte[]> written = new ConcurrentHashMap<>();
        Set<String> renderedNow = ConcurrentHashMap.newKeySet();
        SiteOutput output = new SiteOutput() {
            @Override
            public void write(String path, byte[] content) {
                written.put(path, content);
            }

            @Override
            public void page(String path, String html) {
                renderedNow.add(path);
                SiteOutput.super.page(path, html);
            }

            @Override
            public void unchangedPage(String path) {
                written.put(path, lastPages.get(path));
            }
        };
        Pipeline.Outcome outcome;
        try {
            outcome = pipeline.run(tree, theme, today.get(), Optional.of(output), version);
        } catch (RuntimeException | Error failure) {
            previous.ifPresent(index -> index.search().release());
            pipeline.runFailed(); // what its renderer remembers of this run is not in lastPages
            throw failure;
        }
        rendered = Set.copyOf(renderedNow);
        lastPages = written; // what the renderer calls unchanged next time is what it sent this time, published or not
        boolean clean = outcome.problems().stream().noneMatch(Problem::isError);
        if (!clean) {
            outcome.search().cancel(); // the index of pages that are not served
            previous.ifPresent(index -> index.search().release());
            return new Result(site, Set.of(), outcome.report(Optional.empty()), false);
        }
        previous.ifPresent(index -> index.search().cancel());
        pending = Optional.of(new PendingIndex(outcome.search(), written));
        Map<String, byte[]> next = new HashMap<>();
        written.forEach((path, bytes) -> {
            if (!isSearchIndex(path)) {
                next.put(path, bytes); // the index's files come with completeIndex(); until then the last ones stay
            }
        });
        site.forEach((path, bytes) -> {
            if (isSearchIndex(path)) {
                next.put(path, bytes);
            }
        });
        outcome.site().assets().forEach((path, bytes) -> next.put(dev.playbook.model.OutputPaths.ASSETS + path, bytes));
        outcome.playbook().assets().forEach(asset -> next.put(asset.path(), assetBytes.get(asset, Asset::bytes)));
        assetBytes.endRun();
        Set<String> changed = changedPaths(site, next);
        site = Map.copyOf(next);
        pagePaths = outcome.pagePaths();
        return new Result(site, changed, outcome.report(Optional.empty()), true);
    }

    /** Paths added, removed or with other bytes. */
    static Set<String> changedPaths(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((path, bytes) -> {
            byte[] old = before.get(path);
            if (old != bytes && !Arrays.equals(old, bytes)) {
                changed.add(path);
            }
        });
        before.keySet().stream().filter(path -> !after.containsKey(path)).forEach(changed::add);
        return changed;
    }
}
