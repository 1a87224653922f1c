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
 * rebuilds it on every save, reloading open pages and showing errors in them. Runs until Ctrl-C. Not bound
 * to a phase: it is for writing, not for a build.
 */
@Mojo(name = "serve", threadSafe = true)
public final class ServeMojo extends AbstractPlaybookMojo {

    /** The port on 127.0.0.1; 0 picks a free one. */
    @Parameter(property = "playbook.port", defaultValue = "8000")
    int port;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("playbook: skipped");
            return;
        }
        String prefix = Position.prefixFor(content.toPath());
        PreviewRequest request = new PreviewRequest(content.toPath(), themePath(), Optional.empty(),
                InetAddress.getLoopbackAddress(), port, PreviewRequest.QUIET);
        try (LivePreview preview = usage(() -> new Generator().preview(request, build -> report(build, prefix)))) {
            getLog().info("playbook: previewing " + content + " at " + preview.url("") + " (Ctrl-C stops)");
            preview.awaitTermination();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(PreviewBuild build, String prefix) {
        build.failure().ifPresent(bug -> getLog().error("playbook: internal error while rebuilding (a bug in Playbook;"
                + " the last good site is still served): " + bug, bug));
        for (Problem problem : build.problems()) {
            if (problem.isError()) {
                getLog().error(problem.format(prefix));
            } else {
                getLog().warn(problem.format(prefix));
            }
        }
        if (build.failure().isEmpty()) {
            getLog().info(build.published()
                    ? "playbook: " + (build.first() ? "built " + build.pages() : "rebuilt " + build.pagesChanged()) + " pages in "
                    + build.took().toMillis() + " ms"
                    : "playbook: not rebuilt, the last good site is still served (" + build.took().toMillis() + " ms)");
        }
    }
}
