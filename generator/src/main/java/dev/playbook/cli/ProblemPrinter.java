package dev.playbook.cli;

import dev.playbook.api.Report;
import dev.playbook.model.Problem;

import java.io.PrintWriter;

/**
 * Prints problems one per line, {@code path:line:col: error [rule] message}, each with its hint and the
 * source lines around it, as {@code check}'s text report shows them.
 */
final class ProblemPrinter {

    private ProblemPrinter() {
    }

    /** Paths as {@code check} prints them: from where the command runs, through the content folder. */
    static void print(Report report, java.nio.file.Path content, PrintWriter out) {
        String prefix = dev.playbook.model.Position.prefixFor(content);
        for (Problem problem : report.problems()) {
            out.println(problem.format(prefix));
            report.excerpt(problem).ifPresent(excerpt -> excerpt.render().forEach(line -> out.println("    " + line)));
        }
        out.flush();
    }
}
