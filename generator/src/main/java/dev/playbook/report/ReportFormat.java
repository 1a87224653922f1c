package dev.playbook.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/** The formats {@code playbook check} writes: for people, for scripts and for CI systems, and the review queue for scripts. */
public enum ReportFormat {
    TEXT(() -> new TextReport(false)),
    JSON(JsonReport::new),
    JUNIT(JUnitReport::new),
    SARIF(SarifReport::new),
    GITHUB(GithubReport::new),
    MARKDOWN(MarkdownReport::new),
    REVIEW(ReviewReport::new);

    /** Made when its format is written, so that a run loads only the writers (and XML or JSON code) it uses. */
    private final Supplier<ReportWriter> writer;

    ReportFormat(Supplier<ReportWriter> writer) {
        this.writer = writer;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public void write(ReportContext context, Writer out) throws IOException {
        writer.get().write(context, out);
        out.flush();
    }

    /** Plain text, with ANSI colors when {@code color}: for a terminal. */
    public static void writeText(ReportContext context, Writer out, boolean color) throws IOException {
        new TextReport(color).write(context, out);
        out.flush();
    }

    public static Optional<ReportFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
    }

    /** One format's way of writing a report. */
    interface ReportWriter {
        void write(ReportContext context, Writer out) throws IOException;
    }
}
