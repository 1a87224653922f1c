package dev.playbook.publish;

import dev.playbook.model.OutputPaths;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The offline pack: a zip of one finished site folder that works when unzipped and opened from the file system.
 * Pages link each other relatively already; what a browser will not do from {@code file://} is fetch the search
 * index, so the pack adds {@code search/offline.js}, a script holding every index file by its path under
 * {@code search/}, which the search client loads instead (scripts do load from files). Entries are sorted and carry
 * a fixed time, so the same site gives the same zip.
 */
final class OfflinePack {

    /** The script the search client loads when a page is opened from the file system. */
    static final String OFFLINE_INDEX = OutputPaths.SEARCH_INDEX + "offline.js";
    /**
     * 1980-01-01, the earliest time a zip entry can say, written as the zip's local date and time: a fixed time, in no
     * time zone, keeps the bytes the same from build to build and machine to machine.
     */
    private static final java.time.LocalDateTime FIXED = java.time.LocalDateTime.of(1980, 1, 1, 0, 0);

    private OfflinePack() {
    }

    /** Zips {@code root} into {@code zip} (inside or beside it); hidden files (markers, build stamps) stay out. */
    static void write(Path root, Path zip) {
        try (Stream<Path> walk = Files.walk(root);
             OutputStream file = Files.newOutputStream(zip);
             ZipOutputStream out = new ZipOutputStream(file)) {
            List<String> paths = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.equals(zip))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !hidden(p))
                    .sorted().toList();
            for (String path : paths) {
                put(out, path, Files.readAllBytes(root.resolve(path)));
            }
            List<String> index = paths.stream().filter(p -> p.startsWith(OutputPaths.SEARCH_INDEX) && p.endsWith(".json")).toList();
            if (!index.isEmpty()) {
                put(out, OFFLINE_INDEX, offlineIndex(root, index));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the offline pack " + zip, e);
        }
    }

    private static boolean hidden(String path) {
        return path.startsWith(".") || path.contains("/.");
    }

    /** {@code window.PlaybookOfflineIndex = {"index.json": {...}, "terms/a.json": {...}, ...};}: JSON is a JavaScript expression. */
    private static byte[] offlineIndex(Path root, List<String> files) throws IOException {
        StringBuilder script = new StringBuilder(
                "/* The search index of this offline pack, for pages opened from the file system (search.js loads it). */\n"
                        + "window.PlaybookOfflineIndex = {");
        String separator = "";
        for (String file : files) {
            String key = file.substring(OutputPaths.SEARCH_INDEX.length());
            script.append(separator).append('\n').append(jsonString(key)).append(": ")
                    .append(Files.readString(root.resolve(file), StandardCharsets.UTF_8).strip());
            separator = ",";
        }
        return script.append("\n};\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static void put(ZipOutputStream out, String path, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTimeLocal(FIXED);
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }
}
