package dev.playbook.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A site being written: files go into a marked folder beside the output. {@link #commit()} swaps it in
 * whole; {@link #discard()} removes it and leaves the output as it was. Writes may come from several
 * threads.
 */
public final class Staging {

    private final Path folder;
    private final Path target;
    /** Folders already made: a site writes thousands of files into a few folders, and each check is a system call. */
    private final java.util.Set<Path> made = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Set by {@link #discard}: a worker of a failed stage that is still finishing a page writes nothing more. */
    private volatile boolean discarded;

    /** The lock on the marker that tells later builds this folder is in use (see {@link Leftovers}). */
    private final java.util.Optional<java.nio.channels.FileChannel> inUse;

    Staging(Path folder, Path target, java.util.Optional<java.nio.channels.FileChannel> inUse) {
        this.folder = folder;
        this.target = target;
        this.inUse = inUse;
    }

    private void release() {
        inUse.ifPresent(channel -> {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing drops the lock either way
            }
        });
    }

    public void write(String relative, byte[] content) {
        if (discarded) {
            return;
        }
        Path destination = folder.resolve(relative).normalize();
        if (!destination.startsWith(folder)) {
            throw new UncheckedIOException(new IOException("refusing to write outside the site: " + relative));
        }
        try {
            Path parent = destination.getParent();
            if (!made.contains(parent)) {
                Files.createDirectories(parent);
                made.add(parent);
            }
            Files.write(destination, content);
        } catch (IOException e) {
            throw new WriteFailedException("cannot write " + relative + " next to " + target, e);
        }
    }


    /** Copies a folder from outside (the previous site) into this staging area under {@code to}. */
    public void copyIn(Path from, String to) {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                write(to + "/" + from.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new WriteFailedException("cannot reuse " + from, e);
        }
    }

    /** Removes what was written under {@code relative} (a version that turned out to have errors), and nothing outside this site. */
    public void remove(String relative) {
        Path doomed = folder.resolve(relative).normalize();
        if (!doomed.startsWith(folder) || doomed.equals(folder) || !Files.exists(doomed)) {
            return;
        }
        if (!Files.exists(folder.resolve(SitePublisher.MARKER))) {
            throw new UncheckedIOException(new IOException("refusing to delete in " + folder + ": it has no " + SitePublisher.MARKER + " marker"));
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(doomed)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
            made.removeIf(path -> path.startsWith(doomed));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + relative + " from the site being written", e);
        }
    }

    /** Copies one file already written into this staging area to another place in it, when it is there; says whether it was. */
    public boolean copyFile(String from, String to) {
        Path source = folder.resolve(from).normalize();
        if (!source.startsWith(folder) || !Files.isRegularFile(source)) {
            return false;
        }
        try {
            write(to, Files.readAllBytes(source));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }

    /** Copies a folder already written into this staging area to another place in it ({@code latest/}). */
    public void copyTree(String from, String to) {
        Path source = folder.resolve(from).normalize();
        if (!source.startsWith(folder) || !Files.isDirectory(source)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                write(to + "/" + source.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new WriteFailedException("cannot copy " + from + " to " + to, e);
        }
    }

    /**
     * The files a site carries besides its pages: the theme's assets under {@code prefix}assets/ and the
     * content's own files (images, PDFs) under {@code prefix}.
     */
    public void writeAssets(String prefix, java.util.Map<String, byte[]> themeAssets, java.util.List<dev.playbook.model.Asset> contentAssets) {
        new java.util.TreeMap<>(themeAssets).forEach((path, bytes) -> write(prefix + dev.playbook.model.OutputPaths.ASSETS + path, bytes));
        contentAssets.forEach(asset -> write(prefix + asset.path(), asset.bytes()));
    }

    /**
     * Writes the offline pack of the finished site in {@code folder} ("" for the whole staging area, or a version's
     * folder such as {@code v1.2.0/}) into that folder as {@code name}: call it once everything else of that site is written.
     */
    public void pack(String folder, String name) {
        Path root = folder.isEmpty() ? this.folder : this.folder.resolve(folder).normalize();
        if (!root.startsWith(this.folder) || !Files.isDirectory(root)) {
            throw new UncheckedIOException(new IOException("no site to pack in " + folder));
        }
        OfflinePack.write(root, root.resolve(name));
    }

    /** Moves the previous site aside, moves this one in, then deletes the previous one. */
    public void commit() {
        try {
            Path previous = null;
            if (Files.exists(target)) {
                previous = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(previous);
                move(target, previous);
            }
            move(folder, target);
            release();
            if (previous != null && Files.exists(previous.resolve(SitePublisher.MARKER))) {
                SitePublisher.deleteTree(previous);
            } else if (previous != null && isEmpty(previous)) {
                Files.delete(previous); // an empty folder the user made
            } else if (previous != null) {
                keptAside = java.util.Optional.of(previous); // forced over files Playbook did not write: kept, never deleted
            }
        } catch (IOException e) {
            release();
            throw new WriteFailedException("cannot move the new site into " + target, e);
        }
    }

    /** Removes the half-written site; the previous one was never touched. */
    public void discard() {
        discarded = true;
        release();
        // After a failure the other workers of a parallel stage may still be writing the page they were on (and, out
        // of memory, still hold the heap): delete, and once more after they have had time to stop. If it still
        // fails, the folder carries the marker, so the next build deletes it; the error that matters is the caller's.
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                if (attempt > 0 && Files.isDirectory(folder)) {
                    // a page finished after the first pass made this folder of ours again, without its marker
                    Files.writeString(folder.resolve(SitePublisher.MARKER), "");
                }
                SitePublisher.deleteTree(folder);
            } catch (IOException | OutOfMemoryError tryAgain) {
                // below
            }
            if (attempt == 0) {
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private java.util.Optional<Path> keptAside = java.util.Optional.empty();

    /** After a forced commit: where the folder that was replaced now is. */
    public java.util.Optional<Path> keptAside() {
        return keptAside;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
