package dev.playbook.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The watcher hands over each burst of changes once, and follows folders that appear. */
class ContentWatcherTest {

    @TempDir
    Path dir;

    private final BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();

    private ContentWatcher watch(Path root) {
        return ContentWatcher.start(List.of(root), path -> path.getFileName().toString().startsWith("."),
                Duration.ofMillis(150), settled(batches::add)); // longer than a save's writes take, even on a busy machine
    }

    /** A listener that takes settled batches only, each with every change since the last, as the live preview shows them. */
    private static ContentWatcher.Listener settled(java.util.function.Consumer<Set<Path>> onSettled) {
        Set<Path> unsettled = new java.util.LinkedHashSet<>();
        return (files, settled) -> {
            unsettled.addAll(files);
            if (settled.getAsBoolean()) {
                onSettled.accept(Set.copyOf(unsettled));
                unsettled.clear();
            }
        };
    }

    @Test
    void aSaveThroughATemporaryFileAndARenameIsOneBatch() throws Exception {
        Path root = Files.createDirectories(dir.resolve("content/team"));
        Files.writeString(root.resolve("roles.yaml"), "kind: roles\n");
        try (ContentWatcher ignored = watch(dir.resolve("content"))) {
            Path temporary = root.resolve("roles.yaml.tmp~");
            Files.writeString(temporary, "kind: roles\ntitle: A\n");
            Files.writeString(temporary, "kind: roles\ntitle: B\n");
            Thread.sleep(100); // a slow editor: the rename comes after the first batch went out, within the quiet time
            Files.move(temporary, root.resolve("roles.yaml"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Set<Path> batch = batches.poll(5, TimeUnit.SECONDS);
            assertNotNull(batch, "no batch");
            assertTrue(batch.contains(root.resolve("roles.yaml").toAbsolutePath()), batch.toString());
            assertNull(batches.poll(600, TimeUnit.MILLISECONDS), "one batch for one save");
        }
    }

    @Test
    void aNewFolderIsWatchedAndWhatWasWrittenIntoItCounts() throws Exception {
        Path root = Files.createDirectories(dir.resolve("content"));
        try (ContentWatcher ignored = watch(root)) {
            Path folder = Files.createDirectories(root.resolve("team/guides"));
            Files.writeString(folder.resolve("a.md"), "---\ntitle: A\n---\n");
            Set<Path> first = batches.poll(5, TimeUnit.SECONDS);
            assertNotNull(first);
            Files.writeString(folder.resolve("b.md"), "---\ntitle: B\n---\n");
            Set<Path> second = batches.poll(5, TimeUnit.SECONDS);
            assertNotNull(second, "the new folder is watched");
            assertTrue(second.contains(folder.resolve("b.md").toAbsolutePath()), second.toString());
        }
    }

    @Test
    void changesMadeWhileABatchIsHandledMakeOneMoreBatch() throws Exception {
        Path root = Files.createDirectories(dir.resolve("content"));
        BlockingQueue<Set<Path>> slow = new LinkedBlockingQueue<>();
        try (ContentWatcher ignored = ContentWatcher.start(List.of(root), path -> false, Duration.ofMillis(150), settled(batch -> {
            slow.add(batch);
            try {
                Thread.sleep(1000); // a rebuild in progress
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }))) {
            Files.writeString(root.resolve("a.md"), "a");
            assertNotNull(slow.poll(5, TimeUnit.SECONDS));
            for (int i = 0; i < 10; i++) {
                Files.writeString(root.resolve("b" + i + ".md"), "b");
            }
            Set<Path> next = slow.poll(5, TimeUnit.SECONDS);
            assertNotNull(next);
            assertEquals(10, next.size(), "the ten saves made during the rebuild come as one batch: " + next);
        }
    }

    /** A batch as its listener saw it: the files, when it came, and whether the files had settled when it asked. */
    private record Seen(Set<Path> files, long at, boolean settled) {
    }

    @Test
    void aBatchGoesOutAtItsFirstChangeAndItsListenerLearnsWhetherMoreFollowed() throws Exception {
        Path root = Files.createDirectories(dir.resolve("content/team"));
        Files.writeString(root.resolve("roles.yaml"), "kind: roles\n");
        BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
        Duration quiet = Duration.ofMillis(400);
        try (ContentWatcher ignored = ContentWatcher.start(List.of(dir.resolve("content")), path -> false, quiet,
                (files, settled) -> seen.add(new Seen(files, System.nanoTime(), settled.getAsBoolean())))) {
            long written = System.nanoTime();
            Files.writeString(root.resolve("roles.yaml"), "kind: roles\ntitle: A\n");
            Seen one = seen.poll(5, TimeUnit.SECONDS);
            assertNotNull(one, "no batch");
            assertTrue(one.at() - written < quiet.toNanos(), "handed over before the quiet time is over: " + (one.at() - written) / 1_000_000 + " ms");
            assertTrue(one.settled(), "nothing followed it");
            assertNull(seen.poll(quiet.toMillis() + 200, TimeUnit.MILLISECONDS), "one save, one batch");

            // a save through a temporary file and a rename: the first batch hears that more followed, the next one settles
            Path temporary = root.resolve("roles.yaml.tmp~");
            Files.writeString(temporary, "kind: roles\ntitle: B\n");
            Thread.sleep(100); // a slow editor: the rename comes after the first batch went out, within the quiet time
            Files.move(temporary, root.resolve("roles.yaml"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            List<Seen> burst = new java.util.ArrayList<>();
            Seen next;
            while ((next = seen.poll(quiet.toMillis() + 600, TimeUnit.MILLISECONDS)) != null) {
                burst.add(next);
            }
            assertTrue(burst.size() >= 2 && burst.get(burst.size() - 1).settled(), burst.toString());
            assertTrue(burst.stream().limit(burst.size() - 1).noneMatch(Seen::settled), "only the last batch of a burst settles: " + burst);
            assertTrue(burst.stream().anyMatch(b -> b.files().contains(root.resolve("roles.yaml").toAbsolutePath())), burst.toString());
        }
    }

    @Test
    void ignoredPathsNeverCount() throws IOException, InterruptedException {
        Path root = Files.createDirectories(dir.resolve("content"));
        try (ContentWatcher ignored = watch(root)) {
            Files.writeString(root.resolve(".hidden.md"), "x");
            assertNull(batches.poll(300, TimeUnit.MILLISECONDS));
        }
    }
}
