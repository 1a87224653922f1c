package dev.playbook.report;

import dev.playbook.model.Completeness;
import dev.playbook.model.Problem;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A pull-request comment: verdict, completeness score, then the problems, errors first. */
final class MarkdownReport implements ReportFormat.ReportWriter {

    @Override
    public void write(ReportContext context, Writer out) throws IOException {
        Completeness completeness = context.report().completeness();
        out.write("## Playbook check: " + (context.passed() ? "passed" : "failed") + "\n\n");
        out.write("**" + context.report().summary() + "** in " + context.report().pages() + " pages"
                + (context.strict() ? " (strict: warnings fail)" : "") + ".\n\n");
        out.write("**Completeness " + completeness.overall().label() + "**");
        for (Completeness.BookScore playbook : completeness.books()) {
            out.write(" · " + playbook.title() + " " + playbook.score().label());
        }
        out.write("\n\n");
        List<Completeness.DocumentScore> incomplete = completeness.books().stream()
                .flatMap(p -> p.documents().stream()).filter(s -> !s.score().complete()).toList();
        if (!incomplete.isEmpty()) {
            out.write("| Section | Score | What is missing |\n|---|---:|---|\n");
            for (Completeness.DocumentScore section : incomplete) {
                out.write("| " + cell(section.title()) + " | " + section.score().label() + " | "
                        + cell(String.join("; ", section.gaps())) + " |\n");
            }
            out.write("\n");
        }
        List<Problem> problems = context.errorsFirst();
        if (problems.isEmpty()) {
            out.write("No problems found.\n");
            return;
        }
        out.write("### Problems\n\n| | Where | Rule | Problem |\n|---|---|---|---|\n");
        for (Problem problem : problems) {
            String where = cell(context.location(problem.position())).replace('`', '\'');
            String text = cell(problem.message()) + problem.hint().map(hint -> "<br>_" + cell(hint) + "_").orElse("");
            out.write("| " + (problem.isError() ? "error" : "warning") + " | `" + where + "`"
                    + (context.changed(problem) ? " (changed)" : "") + " | `" + problem.ruleId() + "` | " + text + " |\n");
        }
    }

    /** Table cells cannot hold pipes or line breaks; angle brackets would be read as HTML. */
    private static String cell(String text) {
        return dev.playbook.model.Position.escaped(text).replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;");
    }
}
