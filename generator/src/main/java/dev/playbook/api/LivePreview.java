package dev.playbook.api;

import dev.playbook.serve.LiveEvent;
import dev.playbook.serve.MemorySite;
import dev.playbook.serve.ServerOptions;
import dev.playbook.serve.SiteServer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The live preview: the site built into memory and served, rebuilt when what it is built from changes (the
 * content, the theme, and for a site of versions the repository's tags), with every open page told to reload
 * (or to show the build's errors). It connects the {@link PreviewSite} that builds and watches, and the server;
 * builds run one at a time, on the thread of the watcher that saw the change, and each build's search index joins
 * the site from the index's thread when it is written, under the same lock. Closing it stops all of them.
 */
public final class LivePreview implements AutoCloseable {

    private final PreviewSite builds;
    private final MemorySite site;
    private final SiteServer server;
    private final Consumer<PreviewBuild> listener;
    /** Held while a build runs: the content's and the tags' watchers each have a thread, and builds must not overlap. */
    private final Object building = new Object();
    private final List<AutoCloseable> watchers = new ArrayList<>();

    LivePreview(PreviewSite builds, PreviewRequest request, Consumer<PreviewBuild> listener) {
        this.builds = builds;
        this.listener = listener;
        long start = System.nanoTime();
        SiteServer started = null;
        try {
            PreviewSite.Step first = builds.first();
            this.site = new MemorySite(builds.completeIndex().orElse(first).site());
            started = SiteServer.start(site, new ServerOptions(request.bind(), request.port(), true));
            this.server = started;
            server.publish(new LiveEvent.Problems(first.overlay()));
            listener.accept(build(true, first, start));
            watchers.addAll(builds.watch(this::rebuild));
        } catch (RuntimeException e) {
            stopWatching();
            if (started != null) {
                started.close();
            }
            builds.close();
            throw e;
        }
    }

    private void rebuild(Supplier<Optional<PreviewSite.Step>> rebuild, BooleanSupplier settled) {
        synchronized (building) {
            long start = System.nanoTime();
            Optional<PreviewSite.Step> result;
            try {
                result = rebuild.get();
            } catch (RuntimeException failure) {
                failed(failure, start);
                return;
            }
            Optional<PreviewSite.Step> unshown = this.unshown;
            this.unshown = Optional.empty();
            if (result.isEmpty() && unshown.isEmpty()) {
                return; // looked at closely, nothing the site is built from changed
            }
            // the files changed again while this built: the build of their later state, next, is the one shown. Not twice
            // in a row, so that saves coming faster than builds still show
            if (unshown.isEmpty() && !settled.getAsBoolean()) {
                this.unshown = later(unshown, result);
                return;
            }
            PreviewSite.Step shown = later(unshown, result).orElseThrow();
            show(shown);
            server.publish(new LiveEvent.Problems(shown.overlay()));
            listener.accept(build(false, shown, start));
            // the search index follows the pages, on its own thread; only the search box reads it, so no page reloads
            // for it, and the watcher is free for the next save, which stops an index it has made out of date
            builds.whenIndexed(() -> indexed(start));
        }
    }

    /**
     * A build made while its files were still changing: not shown, since the build after it is. Only the watcher's
     * thread, under {@link #building}, touches it.
     */
    private Optional<PreviewSite.Step> unshown = Optional.empty();

    /**
     * What to show when {@code earlier} was not shown and {@code later} came after it; either may be absent. When both
     * replaced the site, the later site with the files both changed; when only the earlier did (the later one has errors),
     * its site, the last good one, with the later one's problems over it.
     */
    static Optional<PreviewSite.Step> later(Optional<PreviewSite.Step> earlier, Optional<PreviewSite.Step> later) {
        if (later.isEmpty() || earlier.isEmpty() || !earlier.get().published()) {
            return later.isPresent() ? later : earlier;
        }
        PreviewSite.Step before = earlier.get();
        PreviewSite.Step after = later.get();
        if (!after.published()) {
            return Optional.of(new PreviewSite.Step(before.site(), before.changed(), true, before.pages(), after.problems(),
                    after.overlay(), after.versions().or(before::versions)));
        }
        java.util.Set<String> changed = new java.util.TreeSet<>(before.changed());
        changed.addAll(after.changed());
        return Optional.of(new PreviewSite.Step(after.site(), changed, true, after.pages(), after.problems(), after.overlay(),
                after.versions()));
    }

    /** A build's search index is written: it joins the site, unless a newer build has started since. */
    private void indexed(long start) {
        synchronized (building) {
            if (unshown.isPresent()) {
                return; // the index now pending is an unshown build's: it joins when the next build is shown
            }
            try {
                builds.completeIndexIfDone().ifPresent(this::show);
            } catch (RuntimeException failure) {
                failed(failure, start);
            }
        }
    }

    /** Serves a published build and tells the open pages which of its files changed. */
    private void show(PreviewSite.Step result) {
        if (result.published()) {
            site.replace(result.site());
            if (!result.changed().isEmpty()) {
                server.publish(LiveEvent.Reload.of(result.changed()));
            }
        }
    }

    /**
     * A build that could not run must not stop the preview: the last good site stays, and the next change tries again.
     * A bug, or a request the repository no longer allows (no tag matches any more): the listener says which.
     */
    private void failed(RuntimeException failure, long start) {
        listener.accept(new PreviewBuild(false, false, 0, java.util.Set.of(), List.of(), elapsed(start), Optional.of(failure),
                Optional.empty()));
    }

    private PreviewBuild build(boolean first, PreviewSite.Step result, long start) {
        return new PreviewBuild(first, result.published(), result.pages(), result.changed(), result.problems(), elapsed(start),
                Optional.empty(), result.versions());
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The site served once the last build's search index, if still being written, is in it: for tests. */
    java.util.Map<String, byte[]> site() {
        synchronized (building) {
            builds.completeIndex().ifPresent(this::show);
            return site.files();
        }
    }

    public int port() {
        return server.port();
    }

    /** The address of {@code path} in the preview. */
    public String url(String path) {
        return server.url(path);
    }

    /** Set when the preview listens beyond this machine: the playbook is then readable on the network. */
    public Optional<String> exposureWarning() {
        return server.exposureWarning();
    }

    /** Blocks until the process is stopped. */
    public void awaitTermination() throws InterruptedException {
        server.awaitTermination();
    }

    @Override
    public void close() {
        stopWatching();
        server.close();
        synchronized (building) {
            builds.close(); // after the build that may be running: it writes into what this lets go of
        }
    }

    private void stopWatching() {
        for (AutoCloseable watcher : watchers) {
            try {
                watcher.close();
            } catch (Exception ignored) {
                // stopping: nothing more is watched either way
            }
        }
        watchers.clear();
    }
}
