package dev.playbook.api;

import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.serve.LiveEvent;
import dev.playbook.serve.MemorySite;
import dev.playbook.serve.OverlayProblem;
import dev.playbook.serve.ServerOptions;
import dev.playbook.serve.SiteServer;
import dev.playbook.source.ContentWatcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The live preview: the site built into memory and served, rebuilt when the content or the theme changes,
 * with every open page told to reload (or to show the build's errors). It connects the source stage's
 * watcher, the warm pipeline ({@link LiveBuild}) and the server; builds run one at a time on the watcher's
 * thread, and each build's search index joins the site from the index's thread when it is written, under the
 * same lock. Closing it stops all three.
 */
public final class LivePreview implements AutoCloseable {

    private final LiveBuild live;
    private final MemorySite site;
    private final SiteServer server;
    private final ContentWatcher watcher;
    private final String prefix;
    private final Consumer<PreviewBuild> listener;

    LivePreview(Pipeline pipeline, PreviewRequest request, Consumer<PreviewBuild> listener) {
        this.listener = listener;
        this.prefix = Position.prefixFor(request.content());
        this.live = new LiveBuild(pipeline, request.content(), request.theme(),
                () -> request.today().orElseGet(() -> LocalDate.now(ZoneOffset.UTC)));
        long start = System.nanoTime();
        LiveBuild.Result first = live.buildAll();
        this.site = new MemorySite(live.completeIndex().orElse(first).site());
        this.server = SiteServer.start(site, new ServerOptions(request.bind(), request.port(), true));
        try {
            server.publish(problems(first));
            listener.accept(build(true, first, start));
            List<Path> watched = new ArrayList<>();
            watched.add(request.content());
            request.theme().ifPresent(watched::add);
            this.watcher = ContentWatcher.start(watched, LivePreview::ignored, request.quiet(), this::rebuild);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Hidden files and folders (.git, editors' swap files such as .guide.md.swp) are never content, as for a build. */
    private static boolean ignored(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private void rebuild(Collection<Path> changed) {
        long start = System.nanoTime();
        synchronized (live) {
            LiveBuild.Result result;
            try {
                result = live.rebuild(changed);
            } catch (RuntimeException bug) {
                failed(bug, start);
                return;
            }
            show(result);
            server.publish(problems(result));
            listener.accept(build(false, result, start));
            // the search index follows the pages, on its own thread; only the search box reads it, so no page reloads
            // for it, and the watcher is free for the next save, which stops an index it has made out of date
            live.whenIndexed(() -> indexed(start));
        }
    }

    /** A build's search index is written: it joins the site, unless a newer build has started since. */
    private void indexed(long start) {
        synchronized (live) {
            try {
                live.completeIndexIfDone().ifPresent(this::show);
            } catch (RuntimeException bug) {
                failed(bug, start);
            }
        }
    }

    /** Serves a published build and tells the open pages which of its files changed. */
    private void show(LiveBuild.Result result) {
        if (result.published()) {
            site.replace(result.site());
            if (!result.changed().isEmpty()) {
                server.publish(LiveEvent.Reload.of(result.changed()));
            }
        }
    }

    /** A bug must not stop the preview: the last good site stays, and the next save tries again. */
    private void failed(RuntimeException bug, long start) {
        listener.accept(new PreviewBuild(false, false, 0, java.util.Set.of(), List.of(), elapsed(start), Optional.of(bug)));
    }

    private PreviewBuild build(boolean first, LiveBuild.Result result, long start) {
        return new PreviewBuild(first, result.published(), result.report().pages(), result.changed(), result.problems(), elapsed(start),
                Optional.empty());
    }

    /** The errors for every page's overlay; none when the build is clean, which removes the overlay. */
    private LiveEvent.Problems problems(LiveBuild.Result result) {
        List<OverlayProblem> shown = result.problems().stream().filter(Problem::isError)
                .map(problem -> OverlayProblem.of(problem, prefix, result.report().excerpt(problem))).toList();
        return new LiveEvent.Problems(shown);
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The site now served, for tests. */
    java.util.Map<String, byte[]> site() {
        return site.files();
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
        watcher.close();
        server.close();
    }
}
