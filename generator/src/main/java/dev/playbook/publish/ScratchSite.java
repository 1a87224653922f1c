package dev.playbook.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A site folder of the live preview's own, in a new temporary folder: the released versions of a versioned preview
 * are published into it as a build publishes them into its output (staged, swapped in, reused by their build
 * stamps, a bad version's previous build kept), then read back and served from memory. Never the user's output
 * folder. Deleted, whole, when closed, or when the JVM stops first (Ctrl-C ends a preview without closing it).
 */
public final class ScratchSite implements AutoCloseable {

    private final Path root;
    private final Path output;
    private final Thread deleteAtExit;

    private ScratchSite(Path root) {
        this.root = root;
        this.output = root.resolve("site");
        this.deleteAtExit = new Thread(this::delete, "playbook-scratch-cleanup");
        Runtime.getRuntime().addShutdownHook(deleteAtExit);
    }

    /** A new, empty scratch site in the system's temporary folder. */
    public static ScratchSite create() {
        try {
            Path root = Files.createTempDirectory("playbook-preview-");
            // marked like every folder Playbook deletes: deleteTree refuses a folder without it
            Files.writeString(root.resolve(SitePublisher.MARKER), "the live preview's own folder; deleted when it stops\n",
                    StandardCharsets.UTF_8);
            return new ScratchSite(root);
        } catch (IOException e) {
            throw new WriteFailedException("cannot make a temporary folder for the preview's versions", e);
        }
    }

    /** The site's folder: what a build's request names as its output. */
    public Path output() {
        return output;
    }

    /** A staging area for the next build of the site, swapped in by {@link Staging#commit()}. */
    public Staging stage() {
        return new SitePublisher().stage(output);
    }

    /**
     * Every file of the site as last committed, by its '/'-separated path, without the hidden ones (the publisher's
     * marker, the versions' build stamps): those are the build's bookkeeping, not pages a reader asks for.
     */
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new HashMap<>();
        if (!Files.isDirectory(output)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(output)) {
            List<Path> regular = walk.filter(Files::isRegularFile).toList();
            for (Path file : regular) {
                String path = output.relativize(file).toString().replace('\\', '/');
                if (!hidden(path)) {
                    files.put(path, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the preview's versions back from " + output, e);
        }
        return files;
    }

    private static boolean hidden(String path) {
        return path.startsWith(".") || path.contains("/.");
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(deleteAtExit);
        } catch (IllegalStateException stopping) {
            // the JVM is stopping: the hook deletes the folder
        }
        delete();
    }

    private void delete() {
        try {
            if (Files.isDirectory(root)) {
                SitePublisher.deleteTree(root);
            }
        } catch (IOException e) {
            // a temporary folder left behind is the system's to clear; stopping the preview must not fail for it
        }
    }
}
