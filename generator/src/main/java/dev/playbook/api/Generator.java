package dev.playbook.api;

import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.publish.OutputGuard;
import dev.playbook.publish.Staging;
import dev.playbook.source.ContentReader;
import dev.playbook.model.ContentTree;
import dev.playbook.publish.SitePublisher;
import dev.playbook.publish.UnsafeOutputException;
import dev.playbook.scaffold.Scaffolder;
import dev.playbook.validate.Schemas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one API the command line and the Maven plugin adapt: build, check and scaffold a playbook.
 * Content problems come back in the {@link Report}; a wrong request throws {@link UsageException}.
 * A build with errors writes nothing.
 */
public final class Generator {

    private final Schemas schemas = new Schemas();

    public static String version() {
        return Optional.ofNullable(Generator.class.getPackage().getImplementationVersion()).orElse("dev");
    }

    public Report build(BuildRequest request) {
        requireContent(request.content());
        request.theme().ifPresent(Generator::requireTheme);
        Staging staging = stage(request.output(), request.content(), request.force());
        try {
            ContentTree tree = new ContentReader().read(request.content(), Optional.of(request.output()));
            Pipeline.Outcome outcome = pipeline().run(tree, request.theme(), request.today(), Optional.of(staging::write));
            if (outcome.problems().stream().anyMatch(Problem::isError)) {
                staging.discard();
                return outcome.report(Optional.empty());
            }
            outcome.writeAssets(staging, "");
            staging.commit();
            Report report = outcome.report(Optional.of(request.output()));
            return staging.keptAside().map(aside -> report.with(Problem.warning("publish.kept-aside", Position.ofFile(aside.toString()),
                    "the files that were in " + request.output() + " were moved to " + aside,
                    "delete that folder once you have checked nothing in it is needed"))).orElse(report);
        } catch (RuntimeException e) {
            staging.discard();
            throw e;
        }
    }

    public Report check(CheckRequest request) {
        requireContent(request.content());
        request.theme().ifPresent(Generator::requireTheme);
        Pipeline.Outcome outcome = pipeline().run(new ContentReader().read(request.content()), request.theme(), request.today(), Optional.empty());
        return outcome.report(Optional.empty());
    }

    /** Builds every matching Git tag side by side, with latest/, versions.json and an index; writes nothing on errors. */
    public VersionsReport buildVersions(VersionsRequest request) {
        requireContent(request.content());
        request.theme().ifPresent(Generator::requireTheme);
        Staging staging = stage(request.output(), request.content(), false);
        try {
            VersionsReport report = new VersionedSite(pipeline(), fingerprint()).build(request, Optional.of(staging));
            if (report.written()) {
                staging.commit();
            } else {
                staging.discard();
            }
            return report;
        } catch (RuntimeException e) {
            staging.discard();
            throw e;
        }
    }

    /** Checks every matching Git tag (and the working tree with {@code draft}) without writing anything. */
    public VersionsReport checkVersions(VersionsRequest request) {
        requireContent(request.content());
        request.theme().ifPresent(Generator::requireTheme);
        return new VersionedSite(pipeline(), fingerprint()).build(request, Optional.empty());
    }

    /**
     * The {@code versions} block of the working tree's playbook.yaml, when it has one: the tag pattern and
     * whether to publish the draft, so that a plain build publishes versions as the playbook asks.
     */
    public Optional<VersionSettings> versionSettings(Path content) {
        Path config = content.resolve(dev.playbook.model.SiteConfig.FILE_NAME);
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        try {
            var source = new dev.playbook.model.SourceFile(dev.playbook.model.SiteConfig.FILE_NAME, Files.readString(config));
            var tree = new ContentTree(java.util.List.of(source), java.util.List.of(), java.util.List.of());
            return new dev.playbook.load.ContentLoader().load(tree).playbook().config().source().map("versions")
                    .flatMap(v -> v.text("pattern").map(p -> new VersionSettings(p,
                            v.get("draft").filter(d -> d instanceof dev.playbook.model.ScalarNode s && Boolean.TRUE.equals(s.value())).isPresent())));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** Which tags are versions, and whether the working tree is published as a draft. */
    public record VersionSettings(String pattern, boolean draft) {
    }

    /** Content files (relative to {@code content}) that differ from Git ref {@code ref}: a pull request's own files. */
    public java.util.Set<String> changedSince(Path content, String ref) {
        requireContent(content);
        try {
            return new dev.playbook.source.ChangedFiles().since(content, ref);
        } catch (dev.playbook.source.SourceException e) {
            throw new UsageException(e.getMessage(), e.hint());
        }
    }

    /**
     * Serves a built site on 127.0.0.1 (port 0: any free port) until the returned server is closed.
     * Search needs HTTP: browsers do not let a {@code file://} page fetch its index.
     */
    public dev.playbook.serve.SiteServer serve(Path site, int port) {
        if (!java.nio.file.Files.isRegularFile(site.resolve("index.html"))) {
            throw new UsageException("no site in " + site + ": there is no index.html",
                    "build it first (playbook build --out " + site + ") or name the folder with --out");
        }
        try {
            return dev.playbook.serve.SiteServer.start(site, port);
        } catch (java.io.UncheckedIOException e) {
            throw new UsageException("cannot listen on 127.0.0.1:" + port + ": " + e.getCause().getMessage(),
                    "another program may use the port; choose another with --port");
        }
    }

    /** Writes a minimal valid playbook into {@code directory}, which must be new or empty. */
    public void scaffold(Path directory) {
        try {
            new Scaffolder().scaffold(directory);
        } catch (dev.playbook.scaffold.ScaffoldException e) {
            throw new UsageException(e.getMessage(), e.hint());
        }
    }

    /** Checks the output folder and opens a staging area beside it; an unsafe folder is a usage error. */
    private static Staging stage(Path output, Path content, boolean force) {
        try {
            OutputGuard.checkOutput(output, content, force);
            return new SitePublisher().stage(output, force);
        } catch (UnsafeOutputException e) {
            throw new UsageException(e.getMessage(), e.hint());
        }
    }

    /** The generator's code, as a digest of its jar (or its version when it runs from classes). */
    private String fingerprint() {
        try {
            java.net.URL location = Generator.class.getProtectionDomain().getCodeSource().getLocation();
            Path code = Path.of(location.toURI());
            if (Files.isRegularFile(code)) {
                java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
                return java.util.HexFormat.of().formatHex(digest.digest(Files.readAllBytes(code)));
            }
        } catch (java.net.URISyntaxException | java.io.IOException | java.security.NoSuchAlgorithmException
                 | SecurityException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // no readable jar: fall back to the version, which is what a development build has
        }
        return version();
    }

    private Pipeline pipeline() {
        return new Pipeline(schemas, "Playbook " + version());
    }

    private static void requireContent(Path content) {
        if (!Files.isDirectory(content)) {
            throw new UsageException("content folder " + content + " does not exist",
                    "pass --content DIR, or run from a folder that has a content/ folder or a playbook.yaml");
        }
    }

    private static void requireTheme(Path theme) {
        if (!Files.isDirectory(theme)) {
            throw new UsageException("theme folder " + theme + " does not exist",
                    "pass a folder with templates/ and assets/ sub-folders");
        }
    }
}
