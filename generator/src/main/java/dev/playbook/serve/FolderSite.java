package dev.playbook.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The files of a built site's folder; every path is checked against the folder's real path, after links are followed. */
final class FolderSite implements SiteFiles {

    private final Path root;

    FolderSite(Path site) {
        if (!Files.isDirectory(site)) {
            throw new ServeException("no site in " + site + ": it is not a folder",
                    "build it first, or name the built site's folder with {out}");
        }
        try {
            this.root = site.toRealPath();
        } catch (IOException e) {
            throw new ServeException("cannot read the site in " + site + ": " + e.getMessage(),
                    "check that the folder can be read, or name another with {out}");
        }
    }

    Path root() {
        return root;
    }

    @Override
    public Optional<byte[]> read(String path) {
        return inside(path).filter(Files::isRegularFile).flatMap(file -> {
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (NoSuchFileException e) {
                return Optional.empty(); // deleted since we looked
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public boolean isFolder(String path) {
        return inside(path).filter(Files::isDirectory).isPresent();
    }

    /** Every file of the site, as paths relative to its root. */
    List<String> paths() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file {@code path} names when it, and wherever its links lead, stays inside the site. */
    private Optional<Path> inside(String path) {
        if (path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf(':') >= 0 || path.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || !Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return file.toRealPath().startsWith(root) ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
