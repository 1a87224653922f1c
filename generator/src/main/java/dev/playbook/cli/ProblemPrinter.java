package dev.playbook.cli;

import dev.playbook.api.Report;
import dev.playbook.model.Problem;

import java.io.PrintWriter;

/** Prints problems one per line, {@code path:line:col: error [rule] message}, then a summary. */
final class ProblemPrinter {

    private ProblemPrinter() {
    }

    static void print(Report report, PrintWriter out) {
        for (Problem problem : report.problems()) {
            out.println(problem.format());
        }
        out.flush();
    }
}
