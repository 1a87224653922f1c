package dev.playbook.cli;

import dev.playbook.api.Report;
import dev.playbook.api.VersionsReport;
import dev.playbook.model.Problem;

import java.io.PrintWriter;
import java.util.Map;

/** Prints the problems of several versions, each under its version's name. */
final class VersionReports {

    private VersionReports() {
    }

    /** One line per version: its pages, problems and score, or that it was reused. */
    static void summaries(VersionsReport report, PrintWriter out) {
        for (Map.Entry<String, Report> version : report.versions().entrySet()) {
            Report result = version.getValue();
            out.println(report.reused().contains(version.getKey()) ? version.getKey() + ": unchanged since the previous build, reused"
                    : version.getKey() + ": " + result.pages() + " pages, " + result.summary() + ", completeness " + result.completeness().overall().label());
        }
        out.flush();
    }

    static void print(VersionsReport report, java.nio.file.Path content, PrintWriter out) {
        String prefix = dev.playbook.model.Position.prefixFor(content);
        for (Map.Entry<String, Report> version : report.versions().entrySet()) {
            Report result = version.getValue();
            if (report.reused().contains(version.getKey())) {
                out.println(version.getKey() + ": unchanged since the previous build, reused");
                continue;
            }
            out.println(version.getKey() + ": " + result.pages() + " pages, " + result.summary()
                    + ", completeness " + result.completeness().overall().label());
            for (Problem problem : result.problems()) {
                out.println("  " + version.getKey() + ":" + problem.format(prefix).replace(System.lineSeparator(), System.lineSeparator() + "  "));
            }
        }
        out.flush();
    }

    /** Which versions had errors, and whether each one's previous build stays or it is left out. */
    static void notPublished(VersionsReport report, PrintWriter out) {
        for (String failed : report.names()) {
            if (report.versions().get(failed).hasErrors()) {
                out.println(failed + " has errors and was not published: "
                        + (report.keptPrevious().contains(failed) ? "its previous build stays" : "it is left out of versions.json"));
            }
        }
        out.flush();
    }
}
