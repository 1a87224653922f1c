package dev.playbook.maven;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/** Validates the playbook and publishes its site; {@code mvn playbook:build}. */
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
        Report report = run("build", () -> new Generator().build(new BuildRequest(content.toPath(), out.toPath(), themePath())));
        getLog().info("playbook: built " + report.pages() + " pages into " + out + " (" + report.summary() + ")");
    }
}
