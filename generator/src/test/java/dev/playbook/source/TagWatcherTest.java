package dev.playbook.source;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tags of a real repository are followed: added, moved, packed and deleted; nothing else calls back. */
@Tag("git")
class TagWatcherTest {

    private static final Duration INTERVAL = Duration.ofMillis(50);

    @TempDir
    Path repo;

    @Test
    void addedMovedAndDeletedTagsCallBackAndNothingElseDoes() throws Exception {
        Path content = Files.createDirectories(repo.resolve("content"));
        Files.writeString(content.resolve("playbook.yaml"), "title: One\n");
        Semaphore changes = new Semaphore(0);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
             TagWatcher watcher = TagWatcher.start(content, INTERVAL, changes::release)) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("one").call();
            assertTrue(changes.tryAcquire(5, TimeUnit.SECONDS), "the first look calls back");
            assertFalse(changes.tryAcquire(500, TimeUnit.MILLISECONDS), "a commit is no tag");

            git.tag().setName("v1.0.0").call();
            assertTrue(changes.tryAcquire(5, TimeUnit.SECONDS), "added");
            git.packRefs().setAll(true).call();
            assertTrue(Files.readString(repo.resolve(".git/packed-refs")).contains("refs/tags/v1.0.0"));
            assertFalse(changes.tryAcquire(500, TimeUnit.MILLISECONDS), "packing moves no tag");

            Files.writeString(content.resolve("playbook.yaml"), "title: Two\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("two").call();
            Files.writeString(content.resolve("playbook.yaml"), "title: Three\n");
            assertFalse(changes.tryAcquire(500, TimeUnit.MILLISECONDS), "commits and saves are no tags");

            git.tag().setName("v1.0.0").setForceUpdate(true).call();
            assertTrue(changes.tryAcquire(5, TimeUnit.SECONDS), "moved, from the packed refs");

            git.tagDelete().setTags("v1.0.0").call();
            assertTrue(changes.tryAcquire(5, TimeUnit.SECONDS), "deleted");
        }
    }

    @Test
    void aFolderOutsideGitIsTheSameErrorAsForABuild() {
        SourceException outside = assertThrows(SourceException.class, () -> TagWatcher.start(repo, INTERVAL, () -> { }));
        assertTrue(outside.hint().contains("{versions}"), outside.hint());
    }
}
