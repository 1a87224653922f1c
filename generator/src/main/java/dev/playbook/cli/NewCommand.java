package dev.playbook.cli;

import dev.playbook.api.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Creates a small, valid playbook in a new folder to start from.")
final class NewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The folder to create.")
    Path directory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        new Generator().scaffold(directory);
        spec.commandLine().getOut().printf("created a playbook in %s (its README.md names the commands and sets up VS Code)%n"
                + "next: cd %s && playbook build%n", directory, directory);
        return 0;
    }
}
