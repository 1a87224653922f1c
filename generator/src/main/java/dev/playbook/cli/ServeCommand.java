package dev.playbook.cli;

import dev.playbook.api.Generator;
import dev.playbook.serve.SiteServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves a built site on this machine (127.0.0.1 only), so search works in the browser.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/playbook",
            description = "The built site to serve (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        try (SiteServer server = new Generator().serve(out, port)) {
            spec.commandLine().getOut().printf("serving %s at %s (Ctrl-C stops)%n", out, server.url(""));
            spec.commandLine().getOut().flush();
            server.awaitTermination();
        }
        return 0;
    }
}
