package dev.playbook.maven;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.report.ReportContext;
import dev.playbook.report.ReportFiles;
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

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("playbook: skipped");
            return;
        }
        Report report = usage(() -> new Generator().build(new BuildRequest(content.toPath(), out.toPath(), themePath())));
        fail("build", new ReportContext(report, ReportFiles.prefixFor(content.toPath()), Set.of(), false, Generator.version()));
        getLog().info("playbook: built " + report.pages() + " pages into " + out + " (" + report.summary() + ")");
    }
}
