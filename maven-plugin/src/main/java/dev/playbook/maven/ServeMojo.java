package dev.playbook.maven;

import dev.playbook.api.Generator;
import dev.playbook.api.LivePreview;
import dev.playbook.api.PreviewBuild;
import dev.playbook.api.PreviewRequest;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.net.InetAddress;
import java.util.Optional;

/**
 * The live preview, {@code mvn playbook:serve}: builds the playbook into memory, serves it on 127.0.0.1 and
 * rebuilds it on every save, reloading open pages and showing errors in them. With {@code versions}, the site
 * {@code playbook:build} publishes with the same parameter. Runs until Ctrl-C. Not bound to a phase: it is for
 * writing, not for a build.
 */
@Mojo(name = "serve", threadSafe = true)
public final class ServeMojo extends AbstractPlaybookMojo {

    /** The port on 127.0.0.1; 0 picks a free one. */
    @Parameter(property = "playbook.port", defaultValue = "8000")
    int port;

    /**
     * Preview every Git tag matching this pattern (e.g. {@code v*}) as {@code playbook:build} publishes it with the same
     * parameter; a tag added, moved or deleted is built again. Unlike the build, no default from playbook.yaml: without
     * it the preview is of the working tree alone.
     */
    @Parameter(property = "playbook.versions")
    String versions;

    /** With versions, also preview the working tree as the unreleased version {@code next}, rebuilt on every save. */
    @Parameter(property = "playbook.draft", defaultValue = "false")
    boolean draft;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("playbook: skipped");
            return;
        }
        String prefix = Position.prefixFor(content.toPath());
        PreviewRequest request = request();
        try (LivePreview preview = usage(() -> new Generator().preview(request, build -> report(build, prefix)))) {
            getLog().info("playbook: previewing " + (request.versions().isPresent() ? "the versions " + versions + " of " : "") + content
                    + " at " + preview.url("") + " (Ctrl-C stops)");
            preview.awaitTermination();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The preview the parameters ask for; a blank {@code versions} (an empty property) is none. */
    PreviewRequest request() {
        return new PreviewRequest(content.toPath(), themePath(), Optional.empty(), InetAddress.getLoopbackAddress(), port,
                PreviewRequest.QUIET, Optional.ofNullable(versions).filter(pattern -> !pattern.isBlank()), draft);
    }

    private void report(PreviewBuild build, String prefix) {
        build.failure().ifPresent(failure -> {
            if (failure instanceof dev.playbook.model.HintedException hinted) {
                MavenWording wording = new MavenWording();
                getLog().error("playbook: not rebuilt, the last good site is still served: " + hinted.message(wording)
                        + System.lineSeparator() + "    hint: " + hinted.hint(wording));
            } else {
                getLog().error("playbook: internal error while rebuilding (a bug in Playbook; the last good site is still served): "
                        + failure, failure);
            }
        });
        for (Problem problem : build.problems()) {
            if (problem.isError()) {
                getLog().error(problem.format(prefix));
            } else {
                getLog().warn(problem.format(prefix));
            }
        }
        build.versions().ifPresent(versions -> versions.versions().forEach((name, report) -> {
            if (report.hasErrors()) {
                getLog().error("playbook: " + name + " has errors and was not published: "
                        + (versions.keptPrevious().contains(name) ? "its previous build stays" : "it is left out of versions.json"));
            }
        }));
        if (build.failure().isEmpty()) {
            String built = build.versions().map(versions -> String.join(", ", versions.published()) + " (latest: "
                    + versions.latest().orElse("none") + "), ").orElse("");
            getLog().info(build.published()
                    ? "playbook: " + (build.first() ? "built " + built + build.pages() : "rebuilt " + built + build.pagesChanged()) + " pages in "
                    + build.took().toMillis() + " ms"
                    : "playbook: not rebuilt, the last good site is still served (" + build.took().toMillis() + " ms)");
        }
    }
}
