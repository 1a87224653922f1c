package dev.playbook.publish;

import dev.playbook.model.Asset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitePublisherTest {

    @TempDir
    Path dir;

    private final SitePublisher publisher = new SitePublisher();

    @Test
    void replacesItsOwnSiteWhole() throws IOException {
        Path out = dir.resolve("site");
        publish(out, Map.of("index.html", bytes("one"), "old.html", bytes("old")), List.of());
        publish(out, Map.of("index.html", bytes("two")), List.of());
        assertEquals("two", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("old.html")), "pages of the previous build are gone");
        assertTrue(Files.exists(out.resolve(SitePublisher.MARKER)));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void thePublishedFolderHasTheModeOfAnyFolderTheUserMakes() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "skipped: this file system has no POSIX modes");
        Path out = dir.resolve("site");
        publish(out, Map.of("index.html", bytes("one")), List.of());
        Path reference = Files.createDirectory(dir.resolve("made-by-hand"));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(out),
                "not a temporary directory's 0700: a web server running as another user must be able to read the site");
    }

    @Test
    void aBuildThatFailsMidwayLeavesThePreviousSiteIntact() throws IOException {
        Path out = dir.resolve("site");
        publish(out, Map.of("index.html", bytes("good")), List.of());
        Asset missing = Asset.ofFile("img/logo.png", dir.resolve("no-such-file.png"));
        assertThrows(UncheckedIOException.class,
                () -> publish(out, Map.of("index.html", bytes("new")), List.of(missing)));
        assertEquals("good", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site"), siblings(), "the half-written staging folder is removed");
    }

    @Test
    void replacesAnEmptyFolderTheUserMade() throws IOException {
        Path out = Files.createDirectories(dir.resolve("site"));
        publish(out, Map.of("index.html", bytes("one")), List.of());
        assertEquals("one", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void refusesAFolderItDidNotWrite() throws IOException {
        Path out = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(out.resolve("readme.txt"), "keep me");
        UnsafeOutputException refused = assertThrows(UnsafeOutputException.class,
                () -> publish(out, Map.of("index.html", bytes("x")), List.of()));
        assertTrue(refused.getMessage().contains("holds files that Playbook did not write"), refused.getMessage());
        assertEquals("keep me", Files.readString(out.resolve("readme.txt")));
    }

    @Test
    void refusesDangerousOutputFolders() throws IOException {
        Path content = Files.createDirectories(dir.resolve("playbook/content"));
        assertThrows(UnsafeOutputException.class, () -> OutputGuard.checkOutput(content, content));
        assertThrows(UnsafeOutputException.class, () -> OutputGuard.checkOutput(dir.resolve("playbook"), content));
        assertThrows(UnsafeOutputException.class, () -> OutputGuard.checkOutput(dir.resolve("repo/.git/site"), content));
        assertThrows(UnsafeOutputException.class, () -> OutputGuard.checkOutput(Path.of("/"), content));
        assertThrows(UnsafeOutputException.class, () -> OutputGuard.checkOutput(Path.of(System.getProperty("user.home")), content));
        OutputGuard.checkOutput(dir.resolve("playbook/site"), content);
    }

    @Test
    void neverWritesOutsideTheSite() {
        Path out = dir.resolve("site");
        assertThrows(UncheckedIOException.class, () -> publish(out, Map.of("../escape.html", bytes("x")), List.of()));
        assertFalse(Files.exists(dir.resolve("escape.html")));
    }

    /** A whole build: stage, write, copy, commit; on failure the staging folder is discarded, as the generator does. */
    private void publish(Path out, Map<String, byte[]> files, List<Asset> assets) {
        Staging staging = publisher.stage(out);
        try {
            files.forEach(staging::write);
            assets.forEach(asset -> staging.write(asset.path(), asset.bytes()));
            staging.commit();
        } catch (RuntimeException e) {
            staging.discard();
            throw e;
        }
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
