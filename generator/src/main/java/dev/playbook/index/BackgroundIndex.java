package dev.playbook.index;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;

/**
 * The index's last step (postings, shards) and the writing of its files, on another thread: they need
 * only the pages, so they run beside link validation, which needs only the rendered site.
 */
public final class BackgroundIndex {

    private final CompletableFuture<Void> work;
    private final java.util.Optional<SearchIndexBuilder> builder;

    private BackgroundIndex(CompletableFuture<Void> work, java.util.Optional<SearchIndexBuilder> builder) {
        this.work = work;
        this.builder = builder;
    }

    /**
     * How long a live preview's index waits before it starts: saves that come closer together than this (an editor
     * saving as one types, a burst of files from a pull) cost one index, and the pages of the next save do not share
     * the two cores with an index that save would make out of date anyway.
     */
    public static final java.time.Duration LIVE_PAUSE = java.time.Duration.ofMillis(250);

    /** Builds the index from the pages added so far and writes each of its files to {@code output}. */
    public static BackgroundIndex start(SearchIndexBuilder builder, BiConsumer<String, byte[]> output) {
        return startAfter(builder, output, java.time.Duration.ZERO);
    }

    /** As {@link #start}, after {@link #LIVE_PAUSE}: for the live preview, whose next save {@link #cancel}s this index. */
    public static BackgroundIndex startAfterPause(SearchIndexBuilder builder, BiConsumer<String, byte[]> output) {
        return startAfter(builder, output, LIVE_PAUSE);
    }

    private static BackgroundIndex startAfter(SearchIndexBuilder builder, BiConsumer<String, byte[]> output, java.time.Duration pause) {
        builder.pagesDone();
        return new BackgroundIndex(CompletableFuture.runAsync(() -> {
            if (!pause.isZero()) {
                builder.pause(pause);
            }
            builder.build().files().forEach(output);
        }, BackgroundIndex::ownThread), java.util.Optional.of(builder));
    }

    /**
     * The index gets a thread of its own, not one of the common pool's: on two cores that pool has one worker, and an
     * index holding it would leave the next build of a live preview to render its pages on one thread.
     */
    private static void ownThread(Runnable work) {
        Thread thread = new Thread(work, "playbook-search-index");
        thread.setDaemon(true);
        thread.start();
    }

    /** Nothing to build: a check, or search turned off. */
    public static BackgroundIndex none() {
        return new BackgroundIndex(CompletableFuture.completedFuture(null), java.util.Optional.empty());
    }

    /**
     * Gives up on this index (a newer build will make its own): it stops at its next step, leaving whatever
     * it wrote incomplete. The caller must not use its output, nor {@link #await} it.
     */
    public void cancel() {
        builder.ifPresent(SearchIndexBuilder::cancel);
    }

    /** Makes the index wait at its next step, using no CPU, until {@link #release()} or {@link #cancel()}. */
    public void hold() {
        builder.ifPresent(SearchIndexBuilder::hold);
    }

    public void release() {
        builder.ifPresent(SearchIndexBuilder::release);
    }

    /** True once the index is written (or has failed, which {@link #await} then throws). */
    public boolean isDone() {
        return work.isDone();
    }

    /** True when the index is over and threw: {@link #await} throws it. */
    public boolean failed() {
        return work.isCompletedExceptionally();
    }

    /** Runs {@code action} once the index is written, failed or cancelled: on the index's thread, or now if it is over. */
    public void whenDone(Runnable action) {
        work.whenComplete((done, failure) -> action.run());
    }

    /** Waits for the index to be written, and throws what it threw, as it was thrown. */
    public void await() {
        try {
            work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Waits after the build failed elsewhere: the index may still be writing into an output the caller is
     * about to discard. What the index threw is kept with {@code failure}, not thrown over it.
     */
    public void awaitAfter(Throwable failure) {
        try {
            work.join();
        } catch (CompletionException | CancellationException also) {
            failure.addSuppressed(also.getCause() != null ? also.getCause() : also);
        }
    }
}
