package dev.playbook.api;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** File names that break links or collide on other systems (issue 12), reported with every name escaped. */
class HostileNamesTest {

    private static final String BREAKS = ", which breaks links to it\n    hint: rename it with letters, digits, dashes and dots only";

    @TempDir
    Path dir;

    @Test
    void namesThatBreakLinksOrCannotExistOnWindowsAreRefused() {
        TestPlaybook playbook = TestPlaybook.scaffold(dir.resolve("content"))
                .write("team/a#b.png", "x")
                .write("team/what?.png", "x")
                .write("team/100%.png", "x")
                .write("team/new\nline.png", "x")
                .write("team/back\\slash.png", "x")
                .write("team/CON.png", "x")
                .write("team/aux/notes.pdf", "x");
        assertEquals(List.of(
                "team/100%.png: error [source.name] the name has \"%\"" + BREAKS,
                "team/CON.png: error [source.name] \"CON.png\" is a name Windows reserves for a device; the playbook cannot be checked out there\n"
                        + "    hint: rename it",
                "team/a#b.png: error [source.name] the name has \"#\"" + BREAKS,
                "team/aux: error [source.name] \"aux\" is a name Windows reserves for a device; the playbook cannot be checked out there\n"
                        + "    hint: rename it",
                "team/back\\slash.png: error [source.name] the name has \"\\\"" + BREAKS,
                "team/new\\nline.png: error [source.name] the name has a control character (U+000A)" + BREAKS,
                "team/what?.png: error [source.name] the name has \"?\"" + BREAKS), playbook.problems());
    }

    @Test
    void namesThatDifferOnlyInCaseOrAccentEncodingAreOnePage() {
        String guide = "---\ntitle: Pricing\nowner: ae\nlast_reviewed: 2026-01-15\n---\nText.\n";
        TestPlaybook playbook = TestPlaybook.scaffold(dir.resolve("content"))
                .write("team/guides/Pricing.md", guide)
                .write("team/guides/pricing.md", guide)
                .write("team/caf\u00e9.png", "x")
                .write("team/cafe\u0301.png", "x");
        List<String> conflicts = playbook.problems().stream().filter(p -> p.contains("[page.conflict]")).toList();
        assertEquals(List.of(
                "team/caf\u00e9.png: error [page.conflict] team/caf\u00e9.png cannot be published: it and team/cafe\u0301.png differ only in upper and"
                        + " lower case or in how accents are encoded, and are one file where names ignore case\n    hint: rename or move it",
                "team/guides/pricing.md: error [page.conflict] team/guides/pricing.md cannot be published: it and team/guides/Pricing.md differ only"
                        + " in upper and lower case or in how accents are encoded, and are one file where names ignore case\n    hint: rename or move it"),
                conflicts);
    }
}
