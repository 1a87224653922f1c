package dev.playbook.api;

import dev.playbook.load.ContentLoader;
import dev.playbook.model.ContentTree;
import dev.playbook.model.PlaybookConfig;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.model.RuleId;
import dev.playbook.publish.OutputGuard;
import dev.playbook.publish.SitePublisher;
import dev.playbook.publish.Staging;
import dev.playbook.render.Theme;
import dev.playbook.scaffold.Scaffolder;
import dev.playbook.serve.SiteServer;
import dev.playbook.source.ChangedFiles;
import dev.playbook.source.ContentReader;
import dev.playbook.validate.Schemas;
import dev.playbook.version.CodeFingerprint;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one API the command line and the Maven plugin adapt: build, check, serve and scaffold a playbook, and
 * write the JSON Schemas for editors.
 * Content problems come back in the {@link Report}. A request that cannot be carried out (a missing
 * folder, an unsafe output, a port in use) throws a {@link dev.playbook.model.HintedException} whose
 * message and hint each adapter words in its own terms. A build with errors writes nothing.
 */
public final class Generator {

    private final Schemas schemas = new Schemas();

    public static String version() {
        return Optional.ofNullable(Generator.class.getPackage().getImplementationVersion()).orElse("dev");
    }

    public Report build(BuildRequest request) {
        requireInputs(request.content(), request.theme());
        Staging staging = stage(request.output(), request.content(), request.force());
        try {
            ContentTree tree = new ContentReader().read(request.content(), Optional.of(request.output()));
            Pipeline.Outcome outcome = pipeline().run(tree, request.theme(), request.today(), Optional.of(staging::write), Optional.empty(),
                    request.takeAways());
            if (outcome.problems().stream().anyMatch(Problem::isError)) {
                staging.discard();
                return outcome.report(Optional.empty());
            }
            staging.writeAssets("", outcome.site().assets(), outcome.playbook().assets());
            if (outcome.takeAways().offline()) {
                staging.pack("", dev.playbook.model.TakeAways.offlinePack(Optional.empty()));
            }
            staging.commit();
            Report report = outcome.report(Optional.of(request.output()));
            return staging.keptAside().map(aside -> report.with(Problem.warning(RuleId.PUBLISH_KEPT_ASIDE, Position.ofFile(aside.toString()),
                    "the files that were in " + request.output() + " were moved to " + aside,
                    "delete that folder once you have checked nothing in it is needed"))).orElse(report);
        } catch (RuntimeException | Error e) {
            // a failure of any kind, a full disk or a StackOverflowError, leaves no staging folder behind
            staging.discard();
            throw e;
        }
    }

    public Report check(CheckRequest request) {
        requireInputs(request.content(), request.theme());
        Pipeline.Outcome outcome = pipeline().run(new ContentReader().read(request.content()), request.theme(), request.today(),
                Optional.empty(), Optional.empty());
        return outcome.report(Optional.empty());
    }

    /** Builds every matching Git tag side by side, with latest/, versions.json and an entry page; writes nothing on errors. */
    public VersionsReport buildVersions(VersionsRequest request) {
        requireInputs(request.content(), request.theme());
        Staging staging = stage(request.output(), request.content(), false);
        try {
            VersionsReport report = versionedBuild().build(request, Optional.of(staging));
            if (report.written()) {
                staging.commit();
            } else {
                staging.discard();
            }
            return report;
        } catch (RuntimeException | Error e) {
            // a failure of any kind, a full disk or a StackOverflowError, leaves no staging folder behind
            staging.discard();
            throw e;
        }
    }

    /** Checks every matching Git tag (and the working tree with {@code draft}) without writing anything. */
    public VersionsReport checkVersions(VersionsRequest request) {
        requireInputs(request.content(), request.theme());
        return versionedBuild().build(request, Optional.empty());
    }

    /**
     * The playbook's settings as its {@code playbook.yaml} gives them (every default without one), read
     * before a build: its {@code versions} block says whether a plain build publishes versions.
     */
    public PlaybookConfig config(Path content) {
        ContentReader.requireFolder(content);
        return new ContentReader().readConfig(content).map(new ContentLoader()::config).orElseGet(PlaybookConfig::defaults);
    }

    /** Content files (relative to {@code content}) that differ from Git ref {@code ref}: a pull request's own files. */
    public Set<String> changedSince(Path content, String ref) {
        ContentReader.requireFolder(content);
        return new ChangedFiles().since(content, ref);
    }

    /**
     * Serves a built site on 127.0.0.1 (port 0: any free port) until the returned server is closed.
     * Search needs HTTP: browsers do not let a {@code file://} page fetch its index.
     */
    public SiteServer serve(Path site, int port) {
        return SiteServer.start(site, port);
    }

    /**
     * {@code draft} (the working tree as the unreleased version of a site of versions) asks for a site of versions: a
     * build or preview with it and without {@code versioned} (neither {versions} nor playbook.yaml's {@code versions}) is
     * a usage error, not a draft silently left out.
     */
    public static void requireVersionsForDraft(boolean draft, boolean versioned) {
        if (draft && !versioned) {
            throw new UsageException("{draft} is the working tree as the unreleased version of a site of versions, "
                    + "and no {versions} names the released ones",
                    "name the release tags with {versions}, such as \"v*\", or leave out {draft} to use the working tree alone");
        }
    }

    /**
     * Starts the live preview: builds the playbook into memory, serves it, and rebuilds on every change until
     * the returned preview is closed. {@code listener} hears of every build, the first included, on the
     * preview's own thread. With {@code versions}, the site previewed is the one {@link #buildVersions} publishes.
     */
    public LivePreview preview(PreviewRequest request, java.util.function.Consumer<PreviewBuild> listener) {
        requireInputs(request.content(), request.theme());
        requireVersionsForDraft(request.draft(), request.versions().isPresent());
        Pipeline warm = Pipeline.warm(schemas, "Playbook " + version());
        PreviewSite site = request.versions().isPresent() ? new VersionedPreview(warm, versionedBuild(), request)
                : new UnversionedPreview(warm, request);
        return new LivePreview(site, request, listener);
    }

    /**
     * Writes a minimal valid playbook into {@code directory}, which must be new or empty, with a README, a
     * {@code .gitignore}, and VS Code settings that point the YAML extension at the JSON Schemas written
     * beside it.
     */
    public void scaffold(Path directory) {
        new Scaffolder().scaffold(directory);
        schemas.write(directory.resolve(Scaffolder.SCHEMAS));
    }

    /**
     * Writes the JSON Schemas the generator validates with into {@code directory}, for editors: one per kind,
     * the config's, the front matter's, the definitions they share, and {@code playbook.schema.json}, which
     * picks the right one by a file's {@code kind}. Returns the names of the files written.
     */
    public List<String> writeSchemas(Path directory) {
        return schemas.write(directory);
    }

    /** Checks the output folder and opens a staging area beside it. */
    private static Staging stage(Path output, Path content, boolean force) {
        OutputGuard.checkOutput(output, content, force);
        return new SitePublisher().stage(output, force);
    }

    private static void requireInputs(Path content, Optional<Path> theme) {
        ContentReader.requireFolder(content);
        Theme.requireFolder(theme);
    }

    private VersionedBuild versionedBuild() {
        return new VersionedBuild(pipeline(), CodeFingerprint.of(Generator.class, version()));
    }

    private Pipeline pipeline() {
        return new Pipeline(schemas, "Playbook " + version());
    }
}
