package dev.playbook.api;

import dev.playbook.model.HintedException;
import dev.playbook.publish.SitePublisher;
import dev.playbook.publish.Staging;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a killed build leaves is put right by the next one (issue 12), and a folder that is no playbook is said to be none. */
class InterruptedBuildTest {

    @TempDir
    Path dir;

    private Report build(TestPlaybook playbook) {
        return new Generator().build(new BuildRequest(playbook.root(), dir.resolve("site"), Optional.empty(), playbook.today()));
    }

    private List<String> besideTheSite() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> !name.equals("content")).sorted().toList();
        }
    }

    /** A folder as a build killed while writing leaves it: marked as ours, half full. */
    private Path killedStaging(String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name + "/team"));
        Files.writeString(dir.resolve(name).resolve(SitePublisher.MARKER), "written by playbook\n");
        Files.writeString(folder.resolve("roles.html"), "<p>half");
        return dir.resolve(name);
    }

    @Test
    void theNextBuildRemovesStagingFoldersKilledBuildsLeft() throws IOException {
        TestPlaybook playbook = TestPlaybook.scaffold(dir.resolve("content"));
        killedStaging(".site.new-killed1");
        killedStaging(".site.new-killed2");
        Files.createDirectories(dir.resolve(".site.new-notours/x"));
        assertEquals(0, build(playbook).errors());
        assertEquals(List.of(".site.new-notours", "site"), besideTheSite(), "a folder without the marker is never deleted");
    }

    @Test
    void aStagingFolderInUseByAnotherBuildIsLeftAlone() throws IOException {
        Staging running = new SitePublisher().stage(dir.resolve("site"));
        try {
            List<String> before = besideTheSite();
            Staging next = new SitePublisher().stage(dir.resolve("site"));
            List<String> after = besideTheSite();
            assertEquals(1, before.size());
            assertEquals(2, after.size());
            assertTrue(after.containsAll(before), "the running build's folder is still there: " + after);
            next.discard();
        } finally {
            running.discard();
        }
        assertEquals(List.of(), besideTheSite());
    }

    @Test
    void aSwapKilledBetweenItsTwoMovesIsUndoneByTheNextBuild() throws IOException {
        TestPlaybook playbook = TestPlaybook.scaffold(dir.resolve("content"));
        assertEquals(0, build(playbook).errors());
        String published = Files.readString(dir.resolve("site/index.html"));
        // the swap moved the site aside and was killed before it moved the new one in
        Files.move(dir.resolve("site"), dir.resolve(".site.old-12345"));
        killedStaging(".site.new-67890");
        // the next build has an error, so it publishes nothing: what is there is the previous site, put back
        Report failed = build(playbook.replace("team/roles.yaml", "kind: roles", "kind: rolez"));
        assertTrue(failed.errors() > 0);
        assertEquals(List.of("site"), besideTheSite());
        assertEquals(published, Files.readString(dir.resolve("site/index.html")));
    }

    @Test
    void aSiteSetAsideByASwapThatMovedTheNewSiteInIsDeleted() throws IOException {
        TestPlaybook playbook = TestPlaybook.scaffold(dir.resolve("content"));
        assertEquals(0, build(playbook).errors());
        killedStaging(".site.old-12345");
        assertEquals(0, build(playbook).errors());
        assertEquals(List.of("site"), besideTheSite());
    }

    @Test
    void checkOutsideAPlaybookSaysSoAndStops() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/src"));
        Files.writeString(elsewhere.resolve("notes.md"), "# Not a playbook\n");
        Files.writeString(elsewhere.resolve("config.yaml"), "a: 1\n");
        HintedException refused = assertThrows(HintedException.class,
                () -> new Generator().check(new CheckRequest(dir.resolve("elsewhere"), Optional.empty(), TestPlaybook.TODAY)));
        assertEquals(dir.resolve("elsewhere") + " is not a playbook: it has no playbook.yaml and no team/, leadership/ or management/ folder",
                refused.getMessage());
        assertEquals("run from the playbook's folder, name its content folder with {content}, or start one with \"playbook new\"", refused.hint());
    }
}
