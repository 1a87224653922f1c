package dev.playbook.report;

import dev.playbook.model.Completeness;
import dev.playbook.model.Excerpt;
import dev.playbook.model.Problem;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * {@code path:line:col: error [rule] message}, its hint, the source lines around it with a marker under the
 * column, then the completeness score and a summary line.
 */
final class TextReport implements ReportFormat.ReportWriter {

    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RESET = "\u001b[0m";

    private final boolean color;

    TextReport(boolean color) {
        this.color = color;
    }

    @Override
    public void write(ReportContext context, Writer out) throws IOException {
        for (Problem problem : context.problems()) {
            String severity = problem.severity().label();
            out.write(style(BOLD, context.location(problem.position())) + ": "
                    + style(problem.isError() ? RED : YELLOW, severity) + " [" + problem.ruleId() + "] " + dev.playbook.model.Position.escaped(problem.message())
                    + (context.changed(problem) ? style(DIM, " (changed)") : "") + "\n");
            if (problem.hint().isPresent()) {
                out.write("    " + style(DIM, "hint: " + problem.hint().get()) + "\n");
            }
            Optional<Excerpt> excerpt = context.report().excerpt(problem);
            if (excerpt.isPresent()) {
                writeExcerpt(excerpt.get(), problem.isError() ? RED : YELLOW, out);
            }
        }
        Completeness completeness = context.report().completeness();
        out.write("\n" + style(BOLD, "Completeness " + completeness.overall().label()) + "\n");
        for (Completeness.BookScore playbook : completeness.books()) {
            out.write("  " + playbook.title() + " " + playbook.score().label() + "\n");
            for (Completeness.DocumentScore section : playbook.documents()) {
                if (!section.score().complete()) {
                    out.write("    " + section.line() + "\n");
                }
            }
        }
        out.write("\nchecked " + context.report().pages() + " pages: " + context.report().summary()
                + (context.strict() ? " (strict: warnings fail)" : "") + "\n");
    }

    /** The lines around the problem, indented under it; on a terminal the marker takes the severity's color. */
    private void writeExcerpt(Excerpt excerpt, String markerColor, Writer out) throws IOException {
        List<String> lines = excerpt.render();
        int marker = excerpt.line() - excerpt.firstLine() + 1; // render() puts the marker right under the problem's line
        for (int i = 0; i < lines.size(); i++) {
            out.write("    " + (i == marker ? style(markerColor, lines.get(i)) : lines.get(i)) + "\n");
        }
    }

    private String style(String code, String text) {
        return color ? code + text + RESET : text;
    }
}
