package dev.playbook.source;

import dev.playbook.model.ContentTree;
import dev.playbook.model.GitTag;
import dev.playbook.model.SourceFile;
import dev.playbook.testing.TestPlaybook;
import dev.playbook.version.Releases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Versions come straight from Git tags in a real repository, and reading them leaves the working tree alone. */
@Tag("git")
class GitVersionsTest {

    @TempDir
    Path repo;

    private static PersonIdent at(long epochSecond) {
        return new PersonIdent("Enablement", "enablement@example.com", Date.from(Instant.ofEpochSecond(epochSecond)),
                TimeZone.getTimeZone("UTC"));
    }

    private void commitAndTag(Git git, String message, long time, String... tags) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(at(time)).setCommitter(at(time)).call();
        for (String tag : tags) {
            // annotated and lightweight tags both name versions
            if (tag.contains("1.2")) {
                git.tag().setName(tag).setAnnotated(true).setMessage("release " + tag).setTagger(at(time)).call();
            } else {
                git.tag().setName(tag).setAnnotated(false).call();
            }
        }
    }

    @Test
    void listsMatchingTagsInSemanticVersionOrderWithCommitDates() throws Exception {
        TestPlaybook playbook = TestPlaybook.scaffold(repo.resolve("content"));
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commitAndTag(git, "first", 1_780_000_000L, "v1.0.0", "notes");
            playbook.write("team/guides/second.md", "---\ntitle: Second\nowner: ae\nlast_reviewed: 2026-01-15\n---\nText.\n");
            commitAndTag(git, "second", 1_780_100_000L, "v1.2.0", "v1.10.0", "v2.0.0-rc.1", "v1.9.3");
        }
        try (GitTags tags = GitTags.open(playbook.root())) {
            List<GitTag> all = Releases.matching(tags.all().tags(), "v*").versions();
            assertEquals(List.of("v1.0.0", "v1.2.0", "v1.9.3", "v1.10.0", "v2.0.0-rc.1"), all.stream().map(GitTag::name).toList());
            assertEquals(Instant.ofEpochSecond(1_780_000_000L), all.get(0).date());
            assertTrue(Releases.isRelease(all.get(3).name()));
            assertFalse(Releases.isRelease(all.get(4).name()), "a release candidate is not a release");
            assertEquals(Optional.of("v1.10.0"), Releases.matching(tags.all().tags(), "v*").latest().map(GitTag::name));
            assertEquals(List.of("v1.0.0"), Releases.matching(tags.all().tags(), "v1.0.*").versions().stream().map(GitTag::name).toList());
        }
    }

    @Test
    void readsEachVersionFromItsTreeNotFromTheWorkingTree() throws Exception {
        TestPlaybook playbook = TestPlaybook.scaffold(repo.resolve("content"));
        Files.write(repo.resolve("content/team/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(repo.resolve("README.md"), "outside the content folder");
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            commitAndTag(git, "first", 1_780_000_000L, "v1.0.0");
        }
        playbook.replace("team/roles.yaml", "title: Roles", "title: People");
        playbook.write("team/guides/draft.md", "---\ntitle: Draft\nowner: ae\nlast_reviewed: 2026-01-15\n---\nNot released.\n");

        try (GitTags tags = GitTags.open(playbook.root())) {
            ContentTree tree = tags.read(tags.all().tags().get(0));
            assertEquals(List.of("playbook.yaml", "team/guides/discovery-call.md", "team/roles.yaml", "team/sales-process.yaml"),
                    tree.sources().stream().map(SourceFile::path).toList());
            assertTrue(tree.sources().get(2).text().contains("title: Roles"), "the tagged text, not the edit");
            assertEquals(List.of("team/logo.png"), tree.assets().stream().map(a -> a.path()).toList());
            assertEquals(4, tree.assets().get(0).bytes().length);
        }
        assertTrue(playbook.read("team/roles.yaml").contains("title: People"), "the working tree is untouched");
    }

    @Test
    void contentOutsideARepositoryIsAClearError() {
        Path content = TestPlaybook.scaffold(repo.resolve("content")).root();
        SourceException error = assertThrows(SourceException.class, () -> GitTags.open(content));
        assertTrue(error.getMessage().contains("is not in a Git repository"), error.getMessage());
    }
}
