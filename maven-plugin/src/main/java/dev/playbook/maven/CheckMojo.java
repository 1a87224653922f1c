package dev.playbook.maven;

import dev.playbook.api.CheckRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.report.ReportContext;
import dev.playbook.report.ReportFiles;
import dev.playbook.report.ReportFormat;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;
import java.util.Set;

/**
 * Validates the playbook without writing a site; {@code mvn playbook:check}. Writes reports (JUnit by
 * default, which CI systems pick up from {@code target/playbook-reports/}) and fails the build on errors,
 * or on warnings too when {@code strict}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractPlaybookMojo {

    /** Report formats to write: text, json, junit, sarif, github, markdown, review. */
    @Parameter(property = "playbook.formats", defaultValue = "junit")
    List<String> formats;

    /** Where reports go: {@code TEST-playbook.xml}, {@code playbook.sarif}, {@code playbook.json}, ... */
    @Parameter(property = "playbook.reportsDirectory", defaultValue = "${project.build.directory}/playbook-reports")
    File reportsDirectory;

    /** Warnings fail the build too. */
    @Parameter(property = "playbook.strict", defaultValue = "false")
    boolean strict;

    /** Marks problems in files changed since this Git ref and lists them first. */
    @Parameter(property = "playbook.changedSince")
    String changedSince;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("playbook: skipped");
            return;
        }
        Generator generator = new Generator();
        Set<String> changed = changedSince == null || changedSince.isBlank() ? Set.of()
                : usage(() -> generator.changedSince(content.toPath(), changedSince));
        Report report = usage(() -> generator.check(new CheckRequest(content.toPath(), themePath())));
        ReportContext context = new ReportContext(report, dev.playbook.model.Position.prefixFor(content.toPath()), changed, strict,
                Generator.version());
        for (String id : formats) {
            ReportFormat format = ReportFormat.byId(id.trim()).orElseThrow(() -> new MojoExecutionException(
                    "playbook: unknown report format \"" + id + "\"; use text, json, junit, sarif, github, markdown or review"));
            File file = new File(reportsDirectory, fileName(format));
            ReportFiles.write(context, format, file.toPath());
            getLog().info("playbook: wrote " + file);
        }
        fail("check", context);
        getLog().info("playbook: checked " + report.pages() + " pages (" + report.summary() + "), completeness "
                + report.completeness().overall().label());
    }

    private static String fileName(ReportFormat format) {
        return switch (format) {
            case JUNIT -> "TEST-playbook.xml";
            case SARIF -> "playbook.sarif";
            case JSON -> "playbook.json";
            case MARKDOWN -> "playbook.md";
            case GITHUB -> "playbook-github.txt";
            case TEXT -> "playbook.txt";
            case REVIEW -> "playbook-review.json";
        };
    }
}
