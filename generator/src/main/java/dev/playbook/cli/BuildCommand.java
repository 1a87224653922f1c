package dev.playbook.cli;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Report report = new Generator().build(new BuildRequest(options.content(), out, options.theme(), options.today()));
        ProblemPrinter.print(report, spec.commandLine().getErr());
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (report.hasErrors()) {
            spec.commandLine().getErr().printf("build failed: %s; nothing was written%n", report.summary());
        } else {
            spec.commandLine().getOut().printf("built %d pages into %s in %d ms (%s)%n",
                    report.pages(), out, millis, report.summary());
        }
        return report.exitCode();
    }
}
