package dev.playbook.publish;

import dev.playbook.model.Asset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Publish stage: writes the site into a fresh folder beside the output, then swaps it in, so a
 * failed or killed build leaves the previous site as it was. A marker file names the folders the
 * generator wrote; it replaces only such folders (or empty ones) and never one it did not create.
 */
public final class SitePublisher {

    public static final String MARKER = ".playbook-site";

    /** Files of the site by path relative to its root. */
    public void publish(Path output, Map<String, byte[]> files, Iterable<Asset> assets) {
        Path target = output.toAbsolutePath().normalize();
        OutputGuard.checkReplaceable(target);
        Path parent = target.getParent();
        Path staging;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
            Files.writeString(staging.resolve(MARKER), "written by playbook; safe to delete with this folder\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site next to " + target, e);
        }
        try {
            for (Map.Entry<String, byte[]> file : new java.util.TreeMap<>(files).entrySet()) {
                write(staging, file.getKey(), file.getValue());
            }
            for (Asset asset : assets) {
                Path destination = staging.resolve(asset.path());
                Files.createDirectories(destination.getParent());
                Files.copy(asset.file(), destination, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            discard(staging);
            throw e instanceof IOException io ? new UncheckedIOException("cannot write the site next to " + target, io)
                    : (RuntimeException) e;
        }
        swap(staging, target);
    }

    /** A half-written staging folder is removed; the previous site was never touched. */
    private static void discard(Path staging) {
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // the folder carries the marker, so a later build may delete it; the error that matters is the caller's
        }
    }

    private static void write(Path root, String relative, byte[] content) throws IOException {
        Path destination = root.resolve(relative).normalize();
        if (!destination.startsWith(root)) {
            throw new IOException("refusing to write outside the site: " + relative);
        }
        Files.createDirectories(destination.getParent());
        Files.write(destination, content);
    }

    private static void swap(Path staging, Path target) {
        try {
            Path previous = null;
            if (Files.exists(target)) {
                previous = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(previous);
                move(target, previous);
            }
            move(staging, target);
            if (previous != null) {
                deleteTree(previous);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new site into " + target, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder this publisher wrote; it carries the marker, so nothing else is touched. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root.resolve(MARKER))) {
            throw new IOException("refusing to delete " + root + ": it has no " + MARKER + " marker");
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** True when {@code dir} is missing, empty, or was written by this publisher. */
    static boolean isReplaceable(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.exists(dir.resolve(MARKER))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
