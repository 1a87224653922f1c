package dev.playbook.cli;

import dev.playbook.api.Generator;
import dev.playbook.api.LivePreview;
import dev.playbook.api.PreviewBuild;
import dev.playbook.api.PreviewRequest;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.serve.SiteServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Previews the playbook live: builds it into memory, serves it on this machine and rebuilds it on",
                "every save, reloading open pages and showing errors in them. With --out, serves a built site instead."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ContentOptions options;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Serve this built site as it is, without building or watching anything.")
    Path out;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Listen on this address instead of 127.0.0.1; the playbook becomes readable on the network.")
    String bind;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (this.out != null) {
            try (SiteServer server = new Generator().serve(this.out, port)) {
                out.printf("serving %s at %s (Ctrl-C stops)%n", this.out, server.url(""));
                out.flush();
                server.awaitTermination();
            }
            return 0;
        }
        String prefix = Position.prefixFor(options.content());
        PreviewRequest request = new PreviewRequest(options.content(), options.theme(), Optional.ofNullable(options.today),
                address(), port, PreviewRequest.QUIET);
        try (LivePreview preview = new Generator().preview(request, build -> report(build, prefix, out, err))) {
            preview.exposureWarning().ifPresent(warning -> err.println("warning: " + new CliWording().apply(warning)));
            out.printf("previewing %s at %s: edits are rebuilt and shown as you save (Ctrl-C stops)%n",
                    options.content(), preview.url(""));
            out.flush();
            err.flush();
            preview.awaitTermination();
        }
        return 0;
    }

    /** One line per build, as a writer watching the terminal wants it; problems as {@code check} prints them. */
    private static void report(PreviewBuild build, String prefix, PrintWriter out, PrintWriter err) {
        build.failure().ifPresent(bug -> err.println("internal error while rebuilding: " + bug
                + " (a bug in Playbook; the last good site is still served, and the next save tries again)"));
        for (Problem problem : build.problems()) {
            err.println(problem.format(prefix));
        }
        long millis = build.took().toMillis();
        if (build.failure().isPresent()) {
            // said above
        } else if (!build.published() && build.first()) {
            err.printf("the playbook has %d errors: open pages show them, and the preview builds again when you save a fix (%d ms)%n",
                    build.problems().stream().filter(Problem::isError).count(), millis);
        } else if (!build.published()) {
            err.printf("not rebuilt: %d errors; the last good site is still served (%d ms)%n",
                    build.problems().stream().filter(Problem::isError).count(), millis);
        } else if (build.first()) {
            out.printf("built %d pages in %d ms%n", build.pages(), millis);
        } else {
            out.printf("rebuilt %d %s in %d ms%n", build.pagesChanged(), build.pagesChanged() == 1 ? "page" : "pages", millis);
        }
        out.flush();
        err.flush();
    }

    private InetAddress address() {
        if (bind == null) {
            return InetAddress.getLoopbackAddress();
        }
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--bind: no such address \"" + bind + "\"");
        }
    }
}
