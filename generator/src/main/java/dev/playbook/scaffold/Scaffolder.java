package dev.playbook.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code playbook new DIR}: writes a small playbook that builds and checks cleanly, as a starting
 * point. It never writes into a folder that already has files.
 */
public final class Scaffolder {

    private static final String ROOT = "dev/playbook/scaffold/";
    /** The files of the scaffold, relative to {@link #ROOT}; listed because a jar cannot be listed cheaply. */
    static final List<String> FILES = List.of(
            "content/playbook.yaml",
            "content/team/roles.yaml",
            "content/team/sales-process.yaml",
            "content/team/guides/discovery-call.md");

    /** Pages of a new playbook are reviewed the day they are written. */
    static final String TODAY = "@TODAY@";

    public void scaffold(Path directory) {
        scaffold(directory, java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    }

    public void scaffold(Path directory, java.time.LocalDate today) {
        if (Files.exists(directory) && !isEmptyDirectory(directory)) {
            throw new ScaffoldException(directory + " already exists and is not empty",
                    "name a new folder, such as my-playbook");
        }
        try {
            for (String file : FILES) {
                Path target = directory.resolve(file);
                Files.createDirectories(target.getParent());
                try (InputStream in = Scaffolder.class.getClassLoader().getResourceAsStream(ROOT + file)) {
                    if (in == null) {
                        throw new IllegalStateException("scaffold file " + file + " is missing from the jar");
                    }
                    String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    Files.writeString(target, text.replace(TODAY, today.toString()), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the new playbook into " + directory, e);
        }
    }

    private static boolean isEmptyDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
