package dev.playbook.maven;

import dev.playbook.model.PlaybookConfig;
import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.api.VersionsReport;
import dev.playbook.api.VersionsRequest;
import dev.playbook.report.ReportContext;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.Set;

/** Validates the playbook and publishes its site; {@code mvn playbook:build}. A playbook with errors fails the build and writes nothing. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends AbstractPlaybookMojo {

    /** Where the site goes. Replaced only when Playbook wrote it. */
    @Parameter(property = "playbook.out", defaultValue = "${project.build.directory}/playbook")
    File out;

    /** Publish every Git tag matching this pattern (e.g. {@code v*}) side by side; default: playbook.yaml's versions.pattern. */
    @Parameter(property = "playbook.versions")
    String versions;

    /** With versions, also publish the working tree as the unreleased version {@code next}. */
    @Parameter(property = "playbook.draft", defaultValue = "false")
    boolean draft;

    /** Publish into a folder holding files Playbook did not write; that folder is moved aside, never deleted. */
    @Parameter(property = "playbook.force", defaultValue = "false")
    boolean force;

    /** Also make PDFs, one per role and one of the whole playbook; as {@code pdf: {enabled: true}} in playbook.yaml. */
    @Parameter(property = "playbook.pdf", defaultValue = "false")
    boolean pdf;

    /** Also make the offline pack, a zip of the site that works from the file system; as {@code offline: {enabled: true}}. */
    @Parameter(property = "playbook.offline", defaultValue = "false")
    boolean offline;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("playbook: skipped");
            return;
        }
        Generator generator = new Generator();
        java.util.Optional<PlaybookConfig.VersionSettings> settings = versions == null || versions.isBlank()
                ? usage(() -> generator.config(content.toPath()).versions())
                : java.util.Optional.of(new PlaybookConfig.VersionSettings(versions, draft));
        boolean versioned = settings.isPresent();
        usage(() -> {
            Generator.requireVersionsForDraft(draft, versioned);
            return null;
        });
        if (settings.isPresent()) {
            buildVersions(generator, settings.get());
            return;
        }
        Report report = usage(() -> generator.build(new BuildRequest(content.toPath(), out.toPath(), themePath(),
                java.time.LocalDate.now(java.time.ZoneOffset.UTC), force, new dev.playbook.model.TakeAways(pdf, offline))));
        fail("build", new ReportContext(report, dev.playbook.model.Position.prefixFor(content.toPath()), Set.of(), false, Generator.version()));
        getLog().info("playbook: built " + report.pages() + " pages into " + out + " (" + report.summary() + ")");
    }

    private void buildVersions(Generator generator, PlaybookConfig.VersionSettings settings) throws MojoExecutionException, MojoFailureException {
        VersionsReport report = usage(() -> generator.buildVersions(new VersionsRequest(content.toPath(), out.toPath(), themePath(),
                settings.pattern(), draft || settings.draft(), java.time.LocalDate.now(java.time.ZoneOffset.UTC),
                new dev.playbook.model.TakeAways(pdf, offline))));
        getLog().info("playbook: built " + String.join(", ", report.published()) + " into " + out
                + " (latest: " + report.latest().orElse("none") + "; reused unchanged: "
                + (report.reused().isEmpty() ? "none" : String.join(", ", report.reused())) + ")");
        // the versions without errors are published; then the build fails on the first version with errors
        for (java.util.Map.Entry<String, Report> version : report.versions().entrySet()) {
            getLog().info("playbook: " + version.getKey() + ": " + version.getValue().summary());
            fail("build of " + version.getKey(), new ReportContext(version.getValue(), dev.playbook.model.Position.prefixFor(content.toPath()),
                    Set.of(), false, Generator.version()));
        }
    }
}
