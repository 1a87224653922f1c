package dev.playbook.source;

import dev.playbook.model.ContentTree;
import dev.playbook.model.SourceFile;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reading only what changed gives what reading the whole folder gives. */
class ContentReaderUpdateTest {

    @TempDir
    Path dir;

    private final ContentReader reader = new ContentReader();

    @Test
    void anEditANewFileAndADeletionEachReadOnlyThatFile() throws IOException {
        Path root = TestPlaybook.scaffold(dir.resolve("content")).root();
        ContentTree before = reader.read(root);

        Files.writeString(root.resolve("team/roles.yaml"), Files.readString(root.resolve("team/roles.yaml")).replace("title: Roles", "title: People"));
        Files.writeString(root.resolve("team/guides/new.md"), "---\ntitle: New\n---\nText.\n");
        Files.write(root.resolve("team/logo.png"), new byte[] {1, 2, 3});
        Files.delete(root.resolve("team/guides/discovery-call.md"));
        ContentTree updated = reader.update(before, root, Set.of(root.resolve("team/roles.yaml"),
                root.resolve("team/guides/new.md"), root.resolve("team/logo.png"), root.resolve("team/guides/discovery-call.md")), Optional.empty());

        assertSameTree(reader.read(root), updated);
    }

    @Test
    void aNewFolderIsReadWithEverythingInItAndADeletedOneGoesWhole() throws IOException {
        Path root = TestPlaybook.scaffold(dir.resolve("content")).root();
        ContentTree before = reader.read(root);
        Files.createDirectories(root.resolve("team/plays/inbound"));
        Files.writeString(root.resolve("team/plays/inbound/a.md"), "---\ntitle: A\n---\n");
        Files.writeString(root.resolve("team/plays/b.md"), "---\ntitle: B\n---\n");
        Files.writeString(root.resolve("team/plays/bad.md"), "\uFFFE");
        Files.write(root.resolve("team/plays/bad.md"), new byte[] {(byte) 0xC3, (byte) 0x28});
        ContentTree added = reader.update(before, root, Set.of(root.resolve("team/plays")), Optional.empty());
        assertSameTree(reader.read(root), added);

        Files.delete(root.resolve("team/plays/inbound/a.md"));
        Files.delete(root.resolve("team/plays/inbound"));
        Files.delete(root.resolve("team/plays/b.md"));
        Files.delete(root.resolve("team/plays/bad.md"));
        Files.delete(root.resolve("team/plays"));
        assertSameTree(reader.read(root), reader.update(added, root, Set.of(root.resolve("team/plays")), Optional.empty()));
    }

    @Test
    void hiddenFilesAndTheOutputFolderStayOut() throws IOException {
        Path root = TestPlaybook.scaffold(dir.resolve("content")).root();
        ContentTree before = reader.read(root, Optional.of(root.resolve("site")));
        Files.writeString(root.resolve("team/.draft.md"), "---\ntitle: Hidden\n---\n");
        Files.createDirectories(root.resolve("site"));
        Files.writeString(root.resolve("site/index.html"), "<p>built</p>");
        ContentTree updated = reader.update(before, root, Set.of(root.resolve("team/.draft.md"), root.resolve("site")),
                Optional.of(root.resolve("site")));
        assertSameTree(reader.read(root, Optional.of(root.resolve("site"))), updated);
        assertEquals(before.sources().size(), updated.sources().size());
    }

    private static void assertSameTree(ContentTree expected, ContentTree actual) {
        assertEquals(expected.sources(), actual.sources());
        assertEquals(expected.assets().stream().map(a -> a.path()).toList(), actual.assets().stream().map(a -> a.path()).toList());
        assertEquals(expected.problems(), actual.problems());
        List<String> paths = actual.sources().stream().map(SourceFile::path).toList();
        assertEquals(paths.stream().sorted().toList(), paths, "sorted by path, as a full read is");
    }
}
