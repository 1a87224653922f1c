package dev.playbook.maven;

import dev.playbook.api.Report;
import dev.playbook.api.UsageException;
import dev.playbook.model.Problem;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.Optional;
import java.util.function.Supplier;

/** What both goals share: the content and theme parameters, and turning a report into Maven's terms. */
abstract class AbstractPlaybookMojo extends AbstractMojo {

    /** Problems named in the failure message; the log has all of them. */
    private static final int PROBLEMS_IN_FAILURE = 5;

    /** The playbook's content folder. */
    @Parameter(property = "playbook.content", defaultValue = "${project.basedir}/content")
    File content;

    /** A theme folder whose files replace the built-in theme's, by path. */
    @Parameter(property = "playbook.theme")
    File theme;

    /** Skips the goal. */
    @Parameter(property = "playbook.skip", defaultValue = "false")
    boolean skip;

    Optional<java.nio.file.Path> themePath() {
        return Optional.ofNullable(theme).map(File::toPath);
    }

    /** Runs the generator, logs every problem, and fails the build on errors. */
    Report run(String action, Supplier<Report> generator) throws MojoExecutionException, MojoFailureException {
        Report report;
        try {
            report = generator.get();
        } catch (UsageException e) {
            throw new MojoExecutionException("playbook: " + e.getMessage()
                    + (e.hint() == null ? "" : System.lineSeparator() + "    hint: " + e.hint()));
        }
        for (Problem problem : report.problems()) {
            if (problem.isError()) {
                getLog().error(problem.format());
            } else {
                getLog().warn(problem.format());
            }
        }
        if (report.hasErrors()) {
            StringBuilder message = new StringBuilder("playbook " + action + " failed: " + report.summary());
            report.problems().stream().filter(Problem::isError).limit(PROBLEMS_IN_FAILURE)
                    .forEach(p -> message.append(System.lineSeparator()).append("  ").append(p.headline()));
            throw new MojoFailureException(message.toString());
        }
        return report;
    }
}
