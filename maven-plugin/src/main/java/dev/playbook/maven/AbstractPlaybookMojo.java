package dev.playbook.maven;

import dev.playbook.model.HintedException;
import dev.playbook.model.Problem;
import dev.playbook.report.ReportContext;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.Optional;
import java.util.function.Supplier;

/** What both goals share: the content and theme parameters, and turning results into Maven's terms. */
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

    /**
     * Runs a generator call; a wrong request becomes a configuration error that names the cause and the fix,
     * anything else an execution error that says it is a bug.
     */
    <T> T usage(Supplier<T> call) throws MojoExecutionException {
        try {
            return call.get();
        } catch (HintedException e) {
            MavenWording wording = new MavenWording();
            throw new MojoExecutionException("playbook: " + e.message(wording)
                    + System.lineSeparator() + "    hint: " + e.hint(wording));
        } catch (RuntimeException e) {
            throw new MojoExecutionException("playbook: internal error (a bug in Playbook; please report it): " + e, e);
        }
    }

    /** Logs every problem and fails the build when the report does not pass. */
    void fail(String action, ReportContext context) throws MojoFailureException {
        for (Problem problem : context.problems()) {
            String line = problem.format(context.pathPrefix());
            if (problem.isError()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        if (!context.passed()) {
            StringBuilder message = new StringBuilder("playbook " + action + " failed: " + context.report().summary()
                    + (context.strict() ? " (strict: warnings fail)" : ""));
            context.problems().stream().filter(context::fails).limit(PROBLEMS_IN_FAILURE).forEach(p -> message
                    .append(System.lineSeparator()).append("  ")
                    .append(p.headline(context.pathPrefix())));
            throw new MojoFailureException(message.toString());
        }
    }
}
