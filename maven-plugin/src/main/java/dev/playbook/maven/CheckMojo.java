package dev.playbook.maven;

import dev.playbook.api.CheckRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Validates the playbook without writing a site; {@code mvn playbook:check}. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractPlaybookMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("playbook: skipped");
            return;
        }
        Report report = run("check", () -> new Generator().check(new CheckRequest(content.toPath(), themePath())));
        getLog().info("playbook: checked " + report.pages() + " pages (" + report.summary() + ")");
    }
}
