package dev.playbook.cli;

import dev.playbook.api.CheckRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.api.VersionsReport;
import dev.playbook.api.VersionsRequest;
import dev.playbook.report.ReportContext;
import dev.playbook.report.ReportFiles;
import dev.playbook.report.ReportFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validates the playbook without writing a site and reports every problem with its file, line and column.",
                "Exit code 0 clean, 1 problems that fail (errors; warnings too with --strict), 2 usage or internal error."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ContentOptions options;

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<Output> outputs = new ArrayList<>();

    @Option(names = "--strict", description = "Warnings fail the check too.")
    boolean strict;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Mark problems in files changed since this Git ref (e.g. origin/main) and list them first.")
    String changedSince;

    @Option(names = "--versions", paramLabel = "PATTERN", description = "Check every Git tag matching PATTERN (e.g. v*) instead of the working tree.")
    String versions;

    @Spec
    CommandSpec spec;

    /** One report: a format, written to a file or, without --output, to standard output. */
    static final class Output {
        @Option(names = "--format", required = true, paramLabel = "FORMAT",
                description = "text (default), json, junit, sarif, github, markdown or review (the review queue as JSON); repeat with --output for several reports.")
        String format;

        @Option(names = "--output", paramLabel = "FILE", description = "Where the report of the preceding --format goes (default: standard output).")
        Path file;
    }

    @Override
    public Integer call() throws IOException {
        List<Output> requested = outputs.isEmpty() ? List.of(textToStdout()) : outputs;
        List<ReportFormat> formats = new ArrayList<>();
        for (Output output : requested) {
            formats.add(ReportFormat.byId(output.format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "unknown format \"" + output.format + "\": use text, json, junit, sarif, github, markdown or review")));
        }
        if (requested.stream().filter(o -> o.file == null).count() > 1) {
            throw new ParameterException(spec.commandLine(), "only one report can go to standard output: add --output FILE to the others");
        }
        Generator generator = new Generator();
        Set<String> changed = changedSince == null ? Set.of() : generator.changedSince(options.content(), changedSince);
        Optional<VersionsReport> byVersion = versions == null ? Optional.empty() : Optional.of(generator.checkVersions(
                new VersionsRequest(options.content(), Path.of("target", "playbook"), options.theme(), versions, false, options.today())));
        // one report covering every version, each problem naming its version
        Report report = byVersion.map(VersionsReport::combined)
                .orElseGet(() -> generator.check(new CheckRequest(options.content(), options.theme(), options.today())));
        ReportContext context = new ReportContext(report, dev.playbook.model.Position.prefixFor(options.content()), changed, strict,
                Generator.version());
        for (int i = 0; i < requested.size(); i++) {
            Output output = requested.get(i);
            if (output.file != null) {
                ReportFiles.write(context, formats.get(i), output.file);
            } else if (formats.get(i) == ReportFormat.TEXT) {
                ReportFormat.writeText(context, spec.commandLine().getOut(), Terminal.supportsColor());
            } else {
                formats.get(i).write(context, spec.commandLine().getOut());
            }
        }
        boolean textToStdout = requested.stream().anyMatch(o -> o.file == null && "text".equals(o.format));
        if (byVersion.isPresent() && (textToStdout || requested.stream().allMatch(o -> o.file != null))) {
            VersionReports.summaries(byVersion.get(), spec.commandLine().getOut());
        } else if (requested.stream().allMatch(o -> o.file != null)) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("checked %d pages: %s; completeness %s%n", report.pages(), report.summary(),
                    report.completeness().overall().label());
            out.flush();
        }
        return byVersion.map(r -> r.exitCode(strict)).orElse(report.exitCode(strict));
    }

    private static Output textToStdout() {
        Output output = new Output();
        output.format = "text";
        return output;
    }
}
