package dev.playbook.api;

import dev.playbook.model.TakeAways;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offline pack of a build: the whole site, its index embedded for file://, the same bytes for the same input. */
class OfflinePackTest {

    @TempDir
    Path dir;

    private Path build(Path content, String out, TakeAways takeAways) {
        Path site = dir.resolve(out);
        Report report = new Generator().build(new BuildRequest(content, site, Optional.empty(), TestPlaybook.TODAY, false, takeAways));
        assertFalse(report.hasErrors(), report.problems().toString());
        return site;
    }

    private static List<String> entries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    @Test
    void thePackHoldsEverySiteFileAndTheEmbeddedIndexAndIsTheSameOnARebuild() throws IOException {
        Path content = TestPlaybook.complete(dir.resolve("content")).root();
        Path site = build(content, "site", new TakeAways(false, true));
        List<String> names = entries(site.resolve("playbook.zip"));
        List<String> files;
        try (var walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".") && !p.equals("playbook.zip")).sorted().toList();
        }
        List<String> expected = new ArrayList<>(files);
        expected.add("search/offline.js");
        assertEquals(expected, names, "every file of the site, sorted, then the index for file://; no marker, not itself");
        assertTrue(names.stream().anyMatch(n -> n.startsWith("roles/")), "the role pages: " + names);

        Path again = build(content, "again", new TakeAways(false, true));
        assertArrayEquals(Files.readAllBytes(site.resolve("playbook.zip")), Files.readAllBytes(again.resolve("playbook.zip")));
    }

    @Test
    void theEmbeddedIndexIsEveryIndexFileByItsPath() throws IOException {
        Path content = TestPlaybook.complete(dir.resolve("content")).root();
        Path site = build(content, "site", new TakeAways(false, true));
        String script = null;
        try (InputStream file = Files.newInputStream(site.resolve("playbook.zip")); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("search/offline.js")) {
                    script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(script != null && script.contains("window.PlaybookOfflineIndex = {"));
        String pages = Files.readString(site.resolve("search/pages.json")).strip();
        assertTrue(script.contains("\"pages.json\": " + pages), "pages.json embedded as it is");
    }

    @Test
    void withoutTheSettingThereIsNoPackAndNoLink() {
        Path content = TestPlaybook.complete(dir.resolve("content")).root();
        Path site = build(content, "site", TakeAways.NONE);
        assertFalse(Files.exists(site.resolve("playbook.zip")));
    }
}
