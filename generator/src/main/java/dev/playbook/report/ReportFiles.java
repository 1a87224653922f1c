package dev.playbook.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a report in one format to a file, creating its folder. */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static void write(ReportContext context, ReportFormat format, Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                format.write(context, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + format.id() + " report to " + file, e);
        }
    }
}
