package dev.playbook.source;

import dev.playbook.model.Asset;
import dev.playbook.model.OutputPaths;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a content directory: every Markdown and YAML file becomes a {@link SourceFile}, every other
 * file an {@link Asset}. Hidden files and folders (.git, .DS_Store) are skipped. Listing is sorted
 * so that output never depends on the file system's order.
 */
public final class ContentReader {

    /** Larger page sources are refused: a playbook page this big is a mistake or an attack. */
    public static final long MAX_SOURCE_BYTES = 2L * 1024 * 1024;

    public ContentTree read(Path root) {
        return read(root, java.util.Optional.empty());
    }

    /**
     * @param excluded a folder inside the content to skip: the site output, when a user builds
     *                 into a folder of the content directory, must not be read back as content
     */
    public ContentTree read(Path root, java.util.Optional<Path> excluded) {
        Path skip = excluded.map(p -> p.toAbsolutePath().normalize()).orElse(null);
        List<SourceFile> sources = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root.relativize(p)))
                    .filter(p -> skip == null || !p.toAbsolutePath().normalize().startsWith(skip))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        for (Path file : files) {
            String relative = relativePath(root, file);
            if (!OutputPaths.isPageSource(relative)) {
                assets.add(new Asset(relative, file));
                continue;
            }
            readSource(file, relative, problems).ifPresent(sources::add);
        }
        sources.sort(java.util.Comparator.comparing(SourceFile::path));
        assets.sort(java.util.Comparator.comparing(Asset::path));
        return new ContentTree(sources, assets, problems);
    }

    private static java.util.Optional<SourceFile> readSource(Path file, String relative, List<Problem> problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_SOURCE_BYTES) {
                problems.add(Problem.error("source.too-large", Position.ofFile(relative),
                        "file is " + size + " bytes, more than the " + MAX_SOURCE_BYTES + " a page source may have",
                        "split it into several pages"));
                return java.util.Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return java.util.Optional.of(new SourceFile(relative, text.replace("\r\n", "\n")));
        } catch (CharacterCodingException e) {
            problems.add(Problem.error("source.encoding", Position.ofFile(relative),
                    "file is not valid UTF-8", "save it as UTF-8"));
            return java.util.Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.error("source.unreadable", Position.ofFile(relative),
                    "cannot read file: " + e.getMessage(), null));
            return java.util.Optional.empty();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relativePath(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}
