package dev.playbook.cli;

import dev.playbook.api.CheckRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates the playbook without writing anything. Exit code 0 clean, 1 errors, 2 usage.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ContentOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Report report = new Generator().check(new CheckRequest(options.content(), options.theme(), options.today()));
        ProblemPrinter.print(report, spec.commandLine().getOut());
        spec.commandLine().getOut().printf("checked %d pages: %s%n", report.pages(), report.summary());
        return report.exitCode();
    }
}
