package dev.playbook.cli;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.api.VersionsReport;
import dev.playbook.api.VersionsRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Validates the playbook and, when it has no errors, writes the site.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    ContentOptions options;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/playbook",
            description = "Where the site goes (default: ${DEFAULT-VALUE}). Replaced only if Playbook wrote it.")
    Path out;

    @Option(names = "--versions", paramLabel = "PATTERN",
            description = "Build every Git tag matching PATTERN (e.g. v*) into OUT/<tag>/, with OUT/latest/ and OUT/versions.json.")
    String versions;

    @Option(names = "--draft", description = "With --versions, also build the working tree as the unreleased version \"next\".")
    boolean draft;

    @Option(names = "--force", description = "Publish into a folder holding files Playbook did not write; that folder is moved aside, not deleted.")
    boolean force;

    @Option(names = "--pdf", description = "Also make PDFs: one per role and one of the whole playbook (as pdf: {enabled: true} in playbook.yaml).")
    boolean pdf;

    @Option(names = "--offline", description = "Also make the offline pack, a zip of the site that works from the file system (as offline: {enabled: true}).")
    boolean offline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (versions == null) {
            // the playbook may ask for versions itself, in playbook.yaml
            new Generator().config(options.content()).versions().ifPresent(settings -> {
                versions = settings.pattern();
                draft = draft || settings.draft();
            });
        }
        Generator.requireVersionsForDraft(draft, versions != null);
        if (versions != null) {
            return buildVersions();
        }
        long start = System.nanoTime();
        Report report = new Generator().build(new BuildRequest(options.content(), out, options.theme(), options.today(), force,
                new dev.playbook.model.TakeAways(pdf, offline)));
        ProblemPrinter.print(report, options.content(), spec.commandLine().getErr());
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (report.hasErrors()) {
            spec.commandLine().getErr().printf("build failed: %s; nothing was written%n", report.summary());
        } else {
            spec.commandLine().getOut().printf("built %d pages into %s in %d ms (%s)%n",
                    report.pages(), out, millis, report.summary());
        }
        return report.exitCode();
    }

    private int buildVersions() {
        VersionsReport report = new Generator().buildVersions(
                new VersionsRequest(options.content(), out, options.theme(), versions, draft, options.today(),
                        new dev.playbook.model.TakeAways(pdf, offline)));
        VersionReports.print(report, options.content(), spec.commandLine().getErr());
        if (report.written()) {
            spec.commandLine().getOut().printf("built %s into %s (latest: %s; reused unchanged: %s)%n", String.join(", ", report.published()), out,
                    report.latest().orElse("none"), report.reused().isEmpty() ? "none" : String.join(", ", report.reused()));
        } else {
            spec.commandLine().getErr().println("build failed; nothing was written");
        }
        VersionReports.notPublished(report, spec.commandLine().getErr());
        return report.exitCode(false);
    }
}
