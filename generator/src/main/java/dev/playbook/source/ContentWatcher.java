package dev.playbook.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches folders (the content, the theme) and hands over what changed in batches: every path that was
 * created, changed or deleted since the last batch, once nothing has changed for {@code quiet}. An editor
 * that saves through a temporary file and a rename, or writes twice in a row, gives one batch. Batches are
 * handed over one at a time on the watcher's own thread, so the work they start never overlaps: changes
 * made meanwhile make up the next batch. New folders are watched as they appear.
 */
public final class ContentWatcher implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Predicate<Path> ignored;
    private final Duration quiet;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    private ContentWatcher(List<Path> roots, Predicate<Path> ignored, Duration quiet, Consumer<Set<Path>> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.ignored = ignored;
        this.quiet = quiet;
        this.onChange = onChange;
        for (Path root : roots) {
            registerTree(root.toAbsolutePath().normalize(), new LinkedHashSet<>());
        }
        this.thread = new Thread(this::run, "playbook-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts watching {@code roots} and every folder below them but the {@code ignored} ones (hidden folders,
     * the site's own output). {@code onChange} receives absolute paths.
     */
    public static ContentWatcher start(List<Path> roots, Predicate<Path> ignored, Duration quiet, Consumer<Set<Path>> onChange) {
        try {
            return new ContentWatcher(roots, ignored, quiet, onChange);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + roots, e);
        }
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                collect(service.take(), changed);
                WatchKey more;
                // keep collecting until the files have been quiet for a moment
                while ((more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(Set.copyOf(changed));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed: the server is stopping
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(folder); // too many events to tell: the whole folder is read again
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (ignored.test(path)) {
                continue;
            }
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                // files may have been written into it before it was watched: they count as changed too
                registerTree(path, changed);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /**
     * Watches {@code folder} and every folder below it. Each folder is watched before it is listed, so a file
     * made meanwhile is either listed (and counted in {@code found}) or reported by the watch; none is missed.
     */
    private void registerTree(Path folder, Set<Path> found) {
        try {
            folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), folder);
            List<Path> children;
            try (Stream<Path> list = Files.list(folder)) {
                children = list.filter(child -> !ignored.test(child)).sorted().toList();
            }
            for (Path child : children) {
                if (Files.isDirectory(child, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    registerTree(child, found);
                } else {
                    found.add(child);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the folder went away while it was being watched: its deletion is an event of its parent
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // nothing is watched any more either way
        }
        thread.interrupt();
    }
}
