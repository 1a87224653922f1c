package dev.playbook.publish;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live preview's own site folder: published into like an output, read back without bookkeeping, gone when closed. */
class ScratchSiteTest {

    @Test
    void stagedSitesAreReadBackWithoutHiddenFilesAndTheFolderGoesOnClose() {
        Path root;
        try (ScratchSite scratch = ScratchSite.create()) {
            root = scratch.output().getParent();
            assertEquals(Map.of(), scratch.files(), "nothing published yet");

            Staging first = scratch.stage();
            first.write("v1.0.0/index.html", bytes("one"));
            first.write("v1.0.0/.playbook-build", bytes("stamp"));
            first.commit();
            assertEquals(Map.of("v1.0.0/index.html", "one"), text(scratch.files()), "the stamp and marker are bookkeeping");

            Staging second = scratch.stage();
            second.copyIn(scratch.output().resolve("v1.0.0"), "v1.0.0");
            second.write("v1.1.0/index.html", bytes("two"));
            second.commit();
            assertEquals(Map.of("v1.0.0/index.html", "one", "v1.1.0/index.html", "two"), text(scratch.files()));
            assertTrue(Files.isDirectory(root));
        }
        assertFalse(Files.exists(root), "deleted on close");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> text(Map<String, byte[]> files) {
        Map<String, String> text = new TreeMap<>();
        files.forEach((path, bytes) -> text.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return text;
    }
}
