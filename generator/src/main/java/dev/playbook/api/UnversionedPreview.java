package dev.playbook.api;

import dev.playbook.model.Position;
import dev.playbook.source.ContentWatcher;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code playbook serve}: the working tree as one site, built warm ({@link LiveBuild}) on every save to the content or
 * the theme, as {@code build} would write it.
 */
final class UnversionedPreview implements PreviewSite {

    private final LiveBuild live;
    private final PreviewRequest request;
    private final String prefix;

    UnversionedPreview(Pipeline pipeline, PreviewRequest request) {
        this.request = request;
        this.prefix = Position.prefixFor(request.content());
        this.live = new LiveBuild(pipeline, request.content(), request.theme(), request::buildDay);
    }

    @Override
    public Step first() {
        return step(live.buildAll());
    }

    @Override
    public List<AutoCloseable> watch(Rebuilds rebuild) {
        return List.of(ContentWatcher.start(PreviewSite.folders(Optional.of(request.content()), request.theme()), PreviewSite::ignored,
                request.quiet(), (changed, settled) -> rebuild.rebuild(() -> Optional.of(rebuild(changed)), settled)));
    }

    private Step rebuild(Collection<Path> changed) {
        return step(live.rebuild(changed));
    }

    @Override
    public Optional<Step> completeIndex() {
        return live.completeIndex().map(this::step);
    }

    @Override
    public Optional<Step> completeIndexIfDone() {
        return live.completeIndexIfDone().map(this::step);
    }

    @Override
    public void whenIndexed(Runnable action) {
        live.whenIndexed(action);
    }

    private Step step(LiveBuild.Result result) {
        return new Step(result.site(), result.changed(), result.published(), result.report().pages(), result.problems(),
                PreviewSite.overlay(result.report(), prefix, problem -> problem), Optional.empty());
    }

    @Override
    public void close() {
        // all of it is in memory
    }
}
