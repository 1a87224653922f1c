package dev.playbook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.api.Generator;
import dev.playbook.testing.TestPlaybook;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pull request's own problems come first: files changed since a ref, found in a real Git repository. */
@Tag("git")
class ChangedSinceTest {

    @TempDir
    Path repo;

    @Test
    void problemsInChangedFilesAreMarkedAndListedFirst() throws Exception {
        TestPlaybook playbook = TestPlaybook.scaffold(repo.resolve("content"));
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("playbook").setAuthor("Test", "test@example.com").setCommitter("Test", "test@example.com").call();
            git.tag().setName("v1").call();
        }
        // an old problem in an unchanged file, and a new one in the pull request's file
        playbook.replace("team/roles.yaml", "    reports_to: sales-manager", "    reports_to: head-of-sales");
        try (Git git = Git.open(repo.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("old mistake").setAuthor("Test", "test@example.com").setCommitter("Test", "test@example.com").call();
            git.tag().setName("v2").call();
        }
        playbook.replace("team/sales-process.yaml", "    owner: ae\n    supporting:", "    owner: nobody\n    supporting:");
        playbook.write("team/guides/new-page.md", "---\ntitle: New\nowner: ae\nlast_reviewed: 2026-01-20\n---\nSee [x](missing.md).\n");

        assertEquals(Set.of("team/sales-process.yaml", "team/guides/new-page.md"),
                new Generator().changedSince(playbook.root(), "v2"));

        StringWriter out = new StringWriter();
        int exit = PlaybookCommand.run(new String[] {"check", "--today=" + TestPlaybook.TODAY, "--content", playbook.root().toString(),
                "--changed-since", "v2", "--format", "json"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(1, exit);
        JsonNode problems = new ObjectMapper().readTree(out.toString()).get("problems");
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).get("changed").asBoolean());
        assertTrue(problems.get(0).get("file").asText().endsWith("team/guides/new-page.md"));
        assertTrue(problems.get(1).get("file").asText().endsWith("team/sales-process.yaml"));
        assertFalse(problems.get(2).get("changed").asBoolean());
        assertTrue(problems.get(2).get("file").asText().endsWith("team/roles.yaml"));
    }

    @Test
    void anUnknownRefIsAUsageError() throws Exception {
        TestPlaybook playbook = TestPlaybook.scaffold(repo.resolve("content"));
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("playbook").setAuthor("Test", "test@example.com").setCommitter("Test", "test@example.com").call();
        }
        StringWriter err = new StringWriter();
        int exit = PlaybookCommand.run(new String[] {"check", "--content", playbook.root().toString(), "--changed-since", "origin/nope"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(2, exit);
        assertTrue(err.toString().contains("no commit is called \"origin/nope\""), err.toString());
    }
}
