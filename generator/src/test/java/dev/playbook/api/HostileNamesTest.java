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

    @Test
    void aNonAsciiNameUnderTheCLocaleIsAProblemNotACrash() throws Exception {
        TestPlaybook playbook = TestPlaybook.scaffold(dir.resolve("content")).write("team/caf\u00e9.png", "x");
        ProcessBuilder check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.playbook.cli.PlaybookCommand",
                "check", "--today=" + TestPlaybook.TODAY, "--content", playbook.root().toString()).redirectErrorStream(true);
        check.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG"));
        check.environment().put("LC_ALL", "C");
        Process process = check.start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        process.waitFor();
        org.junit.jupiter.api.Assertions.assertFalse(out.contains("internal error"), out);
        if (out.contains("[source.name]")) {
            // Java 17 reads file names in the locale's encoding: under C, ASCII, and the two bytes of the e print as ??
            org.junit.jupiter.api.Assertions.assertTrue(out.contains(playbook.root() + "/team/caf??.png: error [source.name] the name cannot be read"
                    + " in this system's locale (ANSI_X3.4-1968), which has no letters beyond ASCII\n"
                    + "    hint: run Playbook with a UTF-8 locale, such as LC_ALL=C.UTF-8, as CI containers often do not\n"), out);
            assertEquals(1, process.exitValue());
        } else {
            assertEquals(0, process.exitValue(), "a Java that reads names as UTF-8 whatever the locale checks cleanly: " + out);
        }
    }
}
