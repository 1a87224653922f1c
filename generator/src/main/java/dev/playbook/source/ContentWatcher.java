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
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches folders (the content, the theme) and hands over what changed in batches, on the watcher's own thread, one at
 * a time, so the work they start never overlaps: changes made meanwhile make up the next batch. New folders are watched
 * as they appear.
 *
 * <p>A batch goes out as soon as its first write is seen whole (its events, a few microseconds apart, within
 * {@link #TOGETHER} of each other), with a question its listener asks when its work is done:
 * did the files stay {@link Listener#changed settled} for {@code quiet} after the last change? An editor that saves
 * through a temporary file and a rename, or writes twice in a row, makes its second change within that time: the
 * answer is no, and the next batch, which has it, is the one whose result counts. So a save's rebuild overlaps the
 * wait for the save to be over rather than following it, and a burst of writes still gives one result.
 */
public final class ContentWatcher implements AutoCloseable {

    /** See {@link #together}. */
    private static final Duration TOGETHER = Duration.ofMillis(5);

    /** Who is told of each batch. */
    @FunctionalInterface
    public interface Listener {

        /**
         * {@code files} changed. {@code settled}, asked once the work they start is done, waits out what is left of the
         * quiet time since the last change and says whether nothing changed since; if something did, another batch
         * follows with it.
         */
        void changed(Set<Path> files, java.util.function.BooleanSupplier settled);
    }

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Predicate<Path> ignored;
    private final Duration quiet;
    /** Events closer than this to the one before belong to the same write, and to the same batch. */
    private final Duration together;
    private final Listener listener;
    private final Thread thread;
    /** Changes seen while the listener worked on a batch: the next batch. Only the watcher's thread touches it. */
    private final Set<Path> pending = new LinkedHashSet<>();
    /** When the last change that counts was seen ({@link System#nanoTime()}). */
    private long lastChange;

    private ContentWatcher(List<Path> roots, Predicate<Path> ignored, Duration quiet, Listener listener) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.ignored = ignored;
        this.quiet = quiet;
        this.together = quiet.compareTo(TOGETHER) < 0 ? quiet : TOGETHER;
        this.listener = listener;
        for (Path root : roots) {
            registerTree(root.toAbsolutePath().normalize(), new LinkedHashSet<>());
        }
        this.thread = new Thread(this::run, "playbook-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts watching {@code roots} and every folder below them but the {@code ignored} ones (hidden folders,
     * the site's own output). The listener receives absolute paths.
     */
    public static ContentWatcher start(List<Path> roots, Predicate<Path> ignored, Duration quiet, Listener listener) {
        try {
            return new ContentWatcher(roots, ignored, quiet, listener);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + roots, e);
        }
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>(pending);
                pending.clear();
                if (changed.isEmpty()) {
                    collect(service.take(), changed);
                }
                // one write is often several events (truncate, then write) a few microseconds apart: they go together
                WatchKey more;
                while ((more = service.poll(together.toNanos(), TimeUnit.NANOSECONDS)) != null) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) {
                    listener.changed(Set.copyOf(changed), this::settled);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed: the server is stopping
        }
    }

    /** Whether nothing that counts changed in the quiet time after the last change; what did is the next batch. */
    private boolean settled() {
        try {
            while (pending.isEmpty()) {
                long left = quiet.toNanos() - (System.nanoTime() - lastChange);
                WatchKey key = left > 0 ? service.poll(left, TimeUnit.NANOSECONDS) : service.poll();
                if (key == null) {
                    return true;
                }
                collect(key, pending);
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ClosedWatchServiceException stopped) {
            return false;
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
                lastChange = System.nanoTime();
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (ignored.test(path)) {
                continue;
            }
            changed.add(path);
            lastChange = System.nanoTime();
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
