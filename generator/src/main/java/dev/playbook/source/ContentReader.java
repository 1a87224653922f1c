package dev.playbook.source;

import dev.playbook.model.RuleId;
import dev.playbook.model.SourceFile;
import dev.playbook.model.ContentTree;
import dev.playbook.model.Asset;
import dev.playbook.model.OutputPaths;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a content directory: every Markdown and YAML file becomes a {@link SourceFile}, every other
 * file an {@link Asset}. Hidden files and folders (.git, .DS_Store) are skipped. Listing is sorted
 * so that output never depends on the file system's order.
 */
public final class ContentReader {

    /**
     * Fails with a hint when {@code content} is no folder, or is no playbook: a folder without a playbook.yaml
     * and without any book's folder (team/, leadership/, management/) is some other folder, whose every file
     * would be reported as a cascade of problems.
     */
    public static void requireFolder(Path content) {
        if (!Files.isDirectory(content)) {
            throw new SourceException("content folder " + content + " does not exist",
                    "name it with {content}, or run from a folder that has a content/ folder or a playbook.yaml");
        }
        boolean playbook = Files.exists(content.resolve(dev.playbook.model.PlaybookConfig.FILE_NAME), java.nio.file.LinkOption.NOFOLLOW_LINKS)
                || java.util.Arrays.stream(dev.playbook.model.Book.values()).anyMatch(book -> Files.isDirectory(content.resolve(book.id())));
        if (!playbook) {
            throw new SourceException(content.toAbsolutePath().normalize() + " is not a playbook: it has no "
                    + dev.playbook.model.PlaybookConfig.FILE_NAME + " and no team/, leadership/ or management/ folder",
                    "run from the playbook's folder, name its content folder with {content}, or start one with \"playbook new\"");
        }
    }

    /** The playbook's {@code playbook.yaml}, when the content folder has one: read on its own, before a build. */
    public java.util.Optional<SourceFile> readConfig(Path content) {
        Path config = content.resolve(dev.playbook.model.PlaybookConfig.FILE_NAME);
        if (!Files.isRegularFile(config, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return java.util.Optional.empty();
        }
        List<Problem> ignored = new ArrayList<>(); // the build that follows reads the file again and reports them
        return readSource(config, dev.playbook.model.PlaybookConfig.FILE_NAME, ignored);
    }

    public ContentTree read(Path root) {
        return read(root, java.util.Optional.empty());
    }

    /**
     * @param excluded a folder inside the content to skip: the site output, when a user builds
     *                 into a folder of the content directory, must not be read back as content
     */
    public ContentTree read(Path root, java.util.Optional<Path> excluded) {
        List<SourceFile> sources = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        readBelow(root, root, excluded, sources, assets, problems);
        return sorted(sources, assets, problems);
    }

    /**
     * {@code tree} with the files at {@code changed} (absolute paths inside {@code root}, files or folders,
     * present or deleted) read again, and nothing else: what a live preview does after an edit. The result
     * equals a full {@link #read(Path, java.util.Optional)} of the folder as it is now.
     */
    public ContentTree update(ContentTree tree, Path root, java.util.Collection<Path> changed, java.util.Optional<Path> excluded) {
        Path base = root.toAbsolutePath().normalize();
        List<String> stale = changed.stream().map(path -> path.toAbsolutePath().normalize())
                .filter(path -> path.startsWith(base) && !path.equals(base))
                .map(path -> relativePath(base, path)).toList();
        if (changed.stream().anyMatch(path -> path.toAbsolutePath().normalize().equals(base))) {
            return read(root, excluded); // the folder itself: read it all again
        }
        java.util.function.Predicate<String> isStale = path -> stale.stream()
                .anyMatch(changedPath -> path.equals(changedPath) || path.startsWith(changedPath + "/"));
        List<SourceFile> sources = new ArrayList<>(tree.sources().stream().filter(s -> !isStale.test(s.path())).toList());
        List<Asset> assets = new ArrayList<>(tree.assets().stream().filter(a -> !isStale.test(a.path())).toList());
        List<Problem> problems = new ArrayList<>(tree.problems().stream().filter(p -> !isStale.test(p.position().file())).toList());
        for (String path : stale) {
            Path file = base.resolve(path);
            if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !isHidden(Path.of(path))) {
                readBelow(base, file, excluded, sources, assets, problems);
            }
        }
        return sorted(sources, assets, problems);
    }

    /** Reads {@code start} (a file, or a folder with everything below it) of the content folder {@code root}. */
    private static void readBelow(Path root, Path start, java.util.Optional<Path> excluded,
                                  List<SourceFile> sources, List<Asset> assets, List<Problem> problems) {
        Path skip = excluded.map(p -> p.toAbsolutePath().normalize()).orElse(null);
        List<Path> files = new ArrayList<>();
        try {
            // a visitor rather than Files.walk: a folder that cannot be listed (a path past the system's limit)
            // is reported and skipped, and a path already too long is not descended into at all
            Files.walkFileTree(start, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                    if (isHidden(root.relativize(dir)) || (skip != null && dir.toAbsolutePath().normalize().startsWith(skip))) {
                        return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!dir.equals(root) && !SourceFiles.publishableName(relativePath(root, dir), problems)) {
                        return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                    if (!isHidden(root.relativize(file))) {
                        files.add(file);
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(Problem.error(RuleId.SOURCE_UNREADABLE, Position.ofFile(relativePath(root, file)),
                            "cannot read it: " + (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                                    ? fs.getReason() : e.getMessage()),
                            "make it readable, or move it out of the content folder"));
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + start, e);
        }
        files.sort(null);
        for (Path file : files) {
            String relative = relativePath(root, file);
            if (!SourceFiles.publishableName(relative, problems)) {
                continue;
            }
            if (Files.isSymbolicLink(file)) {
                // a link could publish any file of the machine that builds the site
                problems.add(Problem.error(RuleId.SOURCE_SYMLINK, Position.ofFile(relative),
                        "symbolic links are not published", "copy the file into the content folder instead of linking to it"));
                continue;
            }
            if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!OutputPaths.isPageSource(relative)) {
                assets.add(Asset.ofFile(relative, file));
                continue;
            }
            readSource(file, relative, problems).ifPresent(sources::add);
        }
    }

    private static ContentTree sorted(List<SourceFile> sources, List<Asset> assets, List<Problem> problems) {
        sources.sort(java.util.Comparator.comparing(SourceFile::path));
        assets.sort(java.util.Comparator.comparing(Asset::path));
        problems.sort(Problem.BY_POSITION);
        return new ContentTree(sources, assets, problems);
    }

    private static java.util.Optional<SourceFile> readSource(Path file, String relative, List<Problem> problems) {
        try {
            if (!SourceFiles.withinLimit(relative, Files.size(file), problems)) {
                return java.util.Optional.empty();
            }
            return SourceFiles.decode(relative, Files.readAllBytes(file), problems);
        } catch (IOException e) {
            problems.add(Problem.error(RuleId.SOURCE_UNREADABLE, Position.ofFile(relative),
                    "cannot read file: " + e.getMessage()));
            return java.util.Optional.empty();
        }
    }

    private static boolean isHidden(Path relative) {
        return SourceFiles.isHidden(relative.toString().replace(java.io.File.separatorChar, '/'));
    }

    private static String relativePath(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}
