package dev.playbook.api;

import dev.playbook.model.HintedException;
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

/** Files that would reach the site around the sanitizer (issue 12): script-carrying content files, links in a theme. */
class HostileFilesTest {

    private static final String WHY = " files are not published: a browser runs the script they may hold, and they do not pass through"
            + " the sanitizer that cleans every page\n    hint: write it as a Markdown page, or use an image type such as PNG instead of SVG;"
            + " if every contributor is trusted, set \"assets: {allow_html: true}\" in playbook.yaml to publish such files as they are";

    @TempDir
    Path dir;

    private TestPlaybook withFiles() {
        return TestPlaybook.scaffold(dir.resolve("content"))
                .write("team/export.html", "<script>alert(1)</script>")
                .write("team/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(2)\"/>")
                .write("team/app.js", "alert(3)")
                .write("team/page.XHTML", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(4)</script></html>")
                .write("team/photo.png", "png bytes")
                .write("team/deck.pdf", "pdf bytes")
                .write("team/plan.xlsx", "office bytes");
    }

    @Test
    void filesThatCanCarryScriptAreRefusedWithTheWayToAllowThem() {
        assertEquals(List.of("team/app.js: error [source.file-type] .js" + WHY,
                "team/export.html: error [source.file-type] .html" + WHY,
                "team/logo.svg: error [source.file-type] .svg" + WHY,
                "team/page.XHTML: error [source.file-type] .xhtml" + WHY), withFiles().problems());
    }

    @Test
    void otherFilesArePublished() throws IOException {
        TestPlaybook playbook = TestPlaybook.scaffold(dir.resolve("content")).write("team/photo.png", "png").write("team/deck.pdf", "pdf");
        Report report = new Generator().build(new BuildRequest(playbook.root(), dir.resolve("site"), Optional.empty(), playbook.today()));
        assertEquals(0, report.errors(), report.problems().toString());
        assertEquals("png", Files.readString(dir.resolve("site/team/photo.png")));
        assertEquals("pdf", Files.readString(dir.resolve("site/team/deck.pdf")));
    }

    @Test
    void aPlaybookThatAllowsHtmlKnowinglyPublishesItAsItIs() throws IOException {
        TestPlaybook playbook = withFiles().replace("playbook.yaml", "currency: USD", "currency: USD\nassets:\n  allow_html: true");
        Report report = new Generator().build(new BuildRequest(playbook.root(), dir.resolve("site"), Optional.empty(), playbook.today()));
        assertEquals(0, report.errors(), report.problems().toString());
        assertEquals("<script>alert(1)</script>", Files.readString(dir.resolve("site/team/export.html")));
    }

    @Test
    void theSettingIsCheckedByTheConfigSchema() {
        TestPlaybook playbook = TestPlaybook.scaffold(dir.resolve("content"))
                .replace("playbook.yaml", "currency: USD", "currency: USD\nassets:\n  allow_html: yes please\n  allow_js: true");
        assertEquals(List.of("playbook.yaml:6:15: error [schema.type] \"assets.allow_html\" should be true or false, not text (\"yes please\")",
                "playbook.yaml:7:3: error [schema.unknown-key] unknown key \"allow_js\" in assets\n    hint: expected one of: allow_html"),
                playbook.problems());
    }

    @Test
    void aSymbolicLinkInATheme() throws IOException {
        TestPlaybook playbook = TestPlaybook.scaffold(dir.resolve("content"));
        Files.writeString(dir.resolve("secret.txt"), "root:x:0:0");
        Path assets = Files.createDirectories(dir.resolve("theme/assets"));
        Files.createSymbolicLink(assets.resolve("leak.css"), dir.resolve("secret.txt"));
        HintedException refused = assertThrows(HintedException.class, () -> new Generator().build(
                new BuildRequest(playbook.root(), dir.resolve("site"), Optional.of(dir.resolve("theme")), playbook.today())));
        assertEquals("the theme file " + assets.resolve("leak.css") + " is a symbolic link; a theme publishes only its own files", refused.getMessage());
        assertEquals("copy the file into the theme instead of linking to it", refused.hint());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("content", "secret.txt", "theme"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no site and no staging folder");
        }
        assertTrue(Files.exists(dir.resolve("secret.txt")));
    }
}
