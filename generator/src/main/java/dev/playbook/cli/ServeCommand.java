package dev.playbook.cli;

import dev.playbook.api.Generator;
import dev.playbook.api.LivePreview;
import dev.playbook.api.PreviewBuild;
import dev.playbook.api.PreviewRequest;
import dev.playbook.api.VersionsReport;
import dev.playbook.model.HintedException;
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
        description = "Previews the playbook live: builds it into memory, serves it on this machine and rebuilds it on"
                + " every save, reloading open pages and showing errors in them. With --versions, previews the site"
                + " build --versions publishes. With --out, serves a built site instead.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ContentOptions options;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Serve this built site as it is, without building or watching anything.")
    Path out;

    @Option(names = "--versions", paramLabel = "PATTERN",
            description = "Preview every Git tag matching PATTERN (e.g. v*) as build --versions publishes it, with latest/ and versions.json;"
                    + " a tag added, moved or deleted is built again.")
    String versions;

    @Option(names = "--draft", description = "With --versions, also preview the working tree as the unreleased version \"next\", rebuilt on every save.")
    boolean draft;

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
        if (this.out != null && (versions != null || draft)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), (versions != null ? "--versions" : "--draft")
                    + " previews a site built from the content; --out serves a site built before, as it is: use one or the other");
        }
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
                address(), port, PreviewRequest.QUIET, Optional.ofNullable(versions), draft);
        try (LivePreview preview = new Generator().preview(request, build -> report(build, prefix, options.content(), out, err))) {
            preview.exposureWarning().ifPresent(warning -> err.println("warning: " + new CliWording().apply(warning)));
            if (versions == null) {
                out.printf("previewing %s at %s: edits are rebuilt and shown as you save (Ctrl-C stops)%n",
                        options.content(), preview.url(""));
            } else {
                out.printf("previewing the versions %s of %s at %s: a tag added, moved or deleted is built again%s (Ctrl-C stops)%n",
                        versions, options.content(), preview.url(""), draft ? ", and next/ is rebuilt as you save" : "");
            }
            out.flush();
            err.flush();
            preview.awaitTermination();
        }
        return 0;
    }

    /**
     * One line per build, as a writer watching the terminal wants it; problems as {@code check} prints them. A build of
     * the released versions reports them as {@code build --versions} does, each version with its own lines.
     */
    private static String errors(PreviewBuild build) {
        long errors = build.problems().stream().filter(Problem::isError).count();
        return errors + (errors == 1 ? " error" : " errors");
    }

    static void report(PreviewBuild build, String prefix, Path content, PrintWriter out, PrintWriter err) {
        build.failure().ifPresent(failure -> failed(failure, err));
        long millis = build.took().toMillis();
        if (build.versions().isPresent()) {
            VersionsReport versions = build.versions().get();
            VersionReports.print(versions, content, err);
            VersionReports.notPublished(versions, err);
            out.printf("%s %s (latest: %s; reused unchanged: %s)%s in %d ms%n", build.first() ? "built" : "rebuilt",
                    versions.published().isEmpty() ? "no version" : String.join(", ", versions.published()), versions.latest().orElse("none"),
                    versions.reused().isEmpty() ? "none" : String.join(", ", versions.reused()),
                    build.first() ? "" : ", " + build.pagesChanged() + (build.pagesChanged() == 1 ? " page" : " pages") + " changed", millis);
        } else {
            for (Problem problem : build.problems()) {
                err.println(problem.format(prefix));
            }
            if (build.failure().isPresent()) {
                // said above
            } else if (!build.published() && build.first()) {
                err.printf("the playbook has %s: open pages show them, and the preview builds again when you save a fix (%d ms)%n",
                        errors(build), millis);
            } else if (!build.published()) {
                err.printf("not rebuilt: %s; the last good site is still served (%d ms)%n", errors(build), millis);
            } else if (build.first()) {
                out.printf("built %d pages in %d ms%n", build.pages(), millis);
            } else {
                out.printf("rebuilt %d %s in %d ms%n", build.pagesChanged(), build.pagesChanged() == 1 ? "page" : "pages", millis);
            }
        }
        out.flush();
        err.flush();
    }

    /** A build that could not run: the request no longer holds (no tag matches any more), or a bug. */
    private static void failed(RuntimeException failure, PrintWriter err) {
        if (failure instanceof HintedException hinted) {
            CliWording wording = new CliWording();
            err.println("not rebuilt: " + hinted.message(wording) + "; the last good site is still served");
            err.println("    hint: " + hinted.hint(wording));
        } else {
            err.println("internal error while rebuilding: " + failure
                    + " (a bug in Playbook; the last good site is still served, and the next save tries again)");
        }
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
