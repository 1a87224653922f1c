package dev.playbook.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Publish stage: the site is written into a fresh staging folder beside the output while it renders,
 * then swapped in, so a failed or killed build leaves the previous site as it was. A marker file names
 * the folders the generator wrote; it replaces only such folders (or empty ones) and never one it did
 * not create.
 */
public final class SitePublisher {

    public static final String MARKER = ".playbook-site";

    /** Opens a staging folder beside {@code output}; nothing outside it is touched until {@link Staging#commit()}. */
    public Staging stage(Path output) {
        return stage(output, false);
    }

    /** With {@code force}, a folder Playbook did not write is accepted; {@link Staging#commit()} moves it aside. */
    public Staging stage(Path output, boolean force) {
        Path target = output.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            new Leftovers(target).recover();
        } catch (IOException e) {
            throw new WriteFailedException("cannot write the site next to " + target, e);
        }
        OutputGuard.checkReplaceable(target, force);
        try {
            Path staging = newFolderBeside(target, ".new-");
            Path marker = staging.resolve(MARKER);
            Files.writeString(marker, "written by playbook; safe to delete with this folder\n", StandardCharsets.UTF_8);
            return new Staging(staging, target, Leftovers.claim(marker));
        } catch (IOException e) {
            throw new WriteFailedException("cannot write the site next to " + target, e);
        }
    }

    /**
     * A new, uniquely named folder beside {@code target}, made like any folder (the user's umask decides its
     * mode): not a temporary directory, whose mode 0700 would become the published site's, and a web server
     * running as another user would answer 403 for all of it.
     */
    private static Path newFolderBeside(Path target, String kind) throws IOException {
        java.security.SecureRandom random = new java.security.SecureRandom();
        while (true) {
            Path folder = target.resolveSibling("." + target.getFileName() + kind + Long.toUnsignedString(random.nextLong(), 36));
            try {
                return Files.createDirectory(folder);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // another build's folder of the same name: draw again
            }
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
