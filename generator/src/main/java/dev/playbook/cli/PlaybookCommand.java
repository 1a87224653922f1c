package dev.playbook.cli;

import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code playbook}: the command line, a thin adapter over {@link Generator}. */
@Command(name = "playbook",
        mixinStandardHelpOptions = true,
        versionProvider = PlaybookCommand.Version.class,
        description = "Builds and checks a sales playbook kept as YAML and Markdown.",
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, ServeCommand.class, SchemaCommand.class,
                CommandLine.HelpCommand.class})
public final class PlaybookCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code: 0 clean, 1 content errors, 2 usage or internal error. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new PlaybookCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof dev.playbook.model.HintedException usage) {
                CliWording wording = new CliWording();
                err.println("playbook: " + usage.message(wording));
                err.println("    hint: " + usage.hint(wording));
            } else {
                err.println("playbook: internal error: " + exception);
                err.println("    hint: this is a bug in Playbook; please report it with the command you ran");
            }
            err.flush();
            return Report.EXIT_USAGE;
        });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError outOfMemory) {
            // not a bug: a playbook larger than the heap the JVM was given (bin/playbook caps it, for a small footprint)
            err.printf("playbook: ran out of memory: this playbook needs more than the %d MiB of heap the JVM may use%n",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            err.println("    hint: allow more, e.g. PLAYBOOK_JAVA_OPTS=-Xmx2g before bin/playbook, or java -Xmx2g -jar playbook.jar");
            err.flush();
            return Report.EXIT_USAGE;
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, check, new, serve or schema");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"playbook " + Generator.version()};
        }
    }
}
