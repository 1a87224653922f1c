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

    private BackgroundIndex(CompletableFuture<Void> work) {
        this.work = work;
    }

    /** Builds the index from the pages added so far and writes each of its files to {@code output}. */
    public static BackgroundIndex start(SearchIndexBuilder builder, BiConsumer<String, byte[]> output) {
        return new BackgroundIndex(CompletableFuture.runAsync(() -> builder.build().files().forEach(output)));
    }

    /** Nothing to build: a check, or search turned off. */
    public static BackgroundIndex none() {
        return new BackgroundIndex(CompletableFuture.completedFuture(null));
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
