package dev.playbook.api;

import dev.playbook.model.HintedException;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input that used to crash the generator (a stack trace or "internal error") is a positioned problem now,
 * in {@code check} and in {@code build}, and a failed build leaves no folder behind (issue 12).
 */
class HostileCrashTest {

    @TempDir
    Path dir;

    private TestPlaybook playbook() {
        return TestPlaybook.scaffold(dir.resolve("content"));
    }

    /** The problems of one file, as printed. */
    private static List<String> problemsIn(TestPlaybook playbook, String file) {
        return playbook.problems().stream().filter(p -> p.startsWith(file + ":")).toList();
    }

    private Report build(TestPlaybook playbook, Optional<Path> theme) {
        return new Generator().build(new BuildRequest(playbook.root(), dir.resolve("site"), theme, playbook.today()));
    }

    /** Only the content folder (and a theme, if the test made one) is left beside where the site would go. */
    private void assertNothingWritten() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            assertEquals(List.of(), entries.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("content") && !name.equals("theme")).toList());
        }
    }

    @Test
    void aSelfReferencingAnchorInAYamlFile() {
        TestPlaybook playbook = playbook().replace("team/roles.yaml", "title: Roles", "title: Roles\nx: &a [*a]");
        assertEquals(List.of("team/roles.yaml:3:8: error [yaml.limit] the alias *a is inside the value it names, which would hold itself forever\n"
                + "    hint: write the values out instead of repeating the anchor's own value inside it"), problemsIn(playbook, "team/roles.yaml"));
    }

    @Test
    void aSelfReferencingAnchorInFrontMatter() {
        TestPlaybook playbook = playbook().replace("team/guides/discovery-call.md", "owner: ae\n", "owner: ae\nx: {y: &a {z: [1, *a]}}\n");
        assertEquals(List.of("team/guides/discovery-call.md:4:19: error [yaml.limit] the alias *a is inside the value it names, which would hold itself forever\n"
                + "    hint: write the values out instead of repeating the anchor's own value inside it"),
                problemsIn(playbook, "team/guides/discovery-call.md"));
    }

    @Test
    void anAliasOfASiblingIsStillFine() {
        TestPlaybook playbook = playbook().replace("team/sales-process.yaml", "    exit_criteria:\n      - Pain",
                "    exit_criteria: &criteria\n      - Pain");
        assertEquals(List.of(), problemsIn(playbook, "team/sales-process.yaml"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ".nan | '\".nan\" is not a finite number' | write a number such as 0.25",
        ".inf | '\".inf\" is not a finite number' | write a number such as 0.25",
        "-.INF | '\"-.INF\" is not a finite number' | write a number such as 0.25",
        "1e999 | '\"1e999\" is too large a number' | write a smaller number",
        "1234e671234567890135246 | '\"1234e671234567890135246\" is too large a number' | write a smaller number",
        "0.12345678901234567 | '\"0.12345678901234567\" has more digits than can be kept exactly (at most 15 significant digits); it would become 0.12345678901234566'"
                + " | round it to 15 digits or fewer",
    })
    void numbersThatCannotBeKeptAreRefusedNotRounded(String written, String message, String hint) {
        TestPlaybook playbook = playbook().replace("team/sales-process.yaml", "conversion_rate: 0.5", "conversion_rate: " + written);
        assertEquals(List.of("team/sales-process.yaml:17:22: error [yaml.number] " + message + "\n    hint: " + hint),
                problemsIn(playbook, "team/sales-process.yaml"));
    }

    @Test
    void aTwentySixDigitNumberIsRefusedNotRounded() {
        TestPlaybook playbook = playbook().replace("team/sales-process.yaml", "target_days: 14", "target_days: 12345678901234567890123456");
        assertEquals(List.of("team/sales-process.yaml:18:18: error [yaml.number] \"12345678901234567890123456\" is too large a number:"
                + " whole numbers go up to 9223372036854775807\n"
                + "    hint: write a smaller number, or put it in quotes if it is a code rather than an amount"),
                problemsIn(playbook, "team/sales-process.yaml"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "quotes | 9:51",
        "indented lists | 59:101",
        "dash lists | 9:101",
        "emphasis | 9:148",
    })
    void markdownNestedAThousandDeepIsAProblemInCheckAndBuild(String kind, String position) throws IOException {
        String deep = switch (kind) {
            case "quotes" -> ">".repeat(1000) + " deep\n";
            case "indented lists" -> String.join("", java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "  ".repeat(i) + "- item\n").toList());
            case "dash lists" -> "- ".repeat(1000) + "x\n";
            default -> "*a ".repeat(1000) + "x" + "*".repeat(1000) + "\n";
        };
        TestPlaybook playbook = playbook().replace("team/guides/discovery-call.md", "## Before the call", deep + "\n## Before the call");
        String expected = "team/guides/discovery-call.md:" + position + ": error [markdown.limit] the Markdown is nested more than 50 levels deep"
                + " (quotes, lists or emphasis)\n    hint: flatten it: no page needs more than a few levels";
        assertEquals(List.of(expected), problemsIn(playbook, "team/guides/discovery-call.md"));
        Report built = build(playbook, Optional.empty());
        assertEquals(1, built.errors(), built.problems().toString());
        assertNothingWritten();
    }

    @Test
    void deepMarkdownInAYamlTextFieldIsAProblemAtTheField() {
        TestPlaybook playbook = playbook().replace("team/sales-process.yaml",
                "definition: We learn the buyer's problem, its cost and who decides.",
                "definition: \"" + ">".repeat(200) + " deep\"");
        assertEquals(List.of("team/sales-process.yaml:10:17: error [markdown.limit] the Markdown is nested more than 50 levels deep"
                + " (quotes, lists or emphasis)\n    hint: flatten it: no page needs more than a few levels"),
                problemsIn(playbook, "team/sales-process.yaml"));
    }

    private Optional<Path> theme(String template, String text) throws IOException {
        Path file = dir.resolve("theme/templates").resolve(template);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return Optional.of(dir.resolve("theme"));
    }

    @Test
    void aTemplateThatCallsItselfForeverIsReportedAndLeavesNoStagingFolder() throws IOException {
        Report report = build(playbook(), theme("home.ftlh", "<#macro r n><@r n + 1/></#macro>\n<@r 0/>\n"));
        assertEquals(List.of("theme:home.ftlh: error [theme.render] cannot render index.html: the templates call themselves without end"
                + " (the stack overflowed)\n    hint: find the macro, #include or function that calls itself and give it a way to stop"),
                report.problems().stream().map(p -> p.format().replace(System.lineSeparator(), "\n")).toList());
        assertNothingWritten();
    }

    @Test
    void aTemplateListThatNeverEndsIsStoppedAtItsLineAndLeavesNoStagingFolder() throws IOException {
        Report report = build(playbook(), theme("home.ftlh", "<html><body>\n<#list 1..2000000000 as i>row ${i}\n</#list></body></html>\n"));
        assertEquals(List.of("theme:home.ftlh:2:27: error [theme.render] cannot render index.html: the page grew past 16777216 characters\n"
                + "    hint: a #list or loop here writes far more than a page holds; check its range"),
                report.problems().stream().map(p -> p.format().replace(System.lineSeparator(), "\n")).toList());
        assertNothingWritten();
    }

    @Test
    void aFullDiskSaysSoAndLeavesNoStagingFolder() throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", small.toString())
                .redirectErrorStream(true).start();
        boolean mounted = mount.waitFor(20, TimeUnit.SECONDS) && mount.exitValue() == 0;
        Assumptions.assumeTrue(mounted, "skipped: this machine does not let the test mount a small tmpfs ("
                + new String(mount.getInputStream().readAllBytes()).strip() + "), so a full disk cannot be made");
        try {
            TestPlaybook playbook = playbook();
            HintedException full = assertThrows(HintedException.class, () -> new Generator().build(
                    new BuildRequest(playbook.root(), small.resolve("site"), Optional.empty(), playbook.today())));
            assertTrue(full.getMessage().matches("cannot write \\S+ next to " + java.util.regex.Pattern.quote(small.resolve("site").toString())
                    + ": no space left on device"), full.getMessage());
            assertEquals("free some space on that disk, or write the site to another disk with {out}; the previous site is unchanged",
                    full.hint());
            try (Stream<Path> left = Files.list(small)) {
                assertEquals(List.of(), left.toList(), "the staging folder is removed");
            }
        } finally {
            new ProcessBuilder("umount", small.toString()).start().waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPathDeeperThanTheSystemAllowsIsReportedByCheck() throws Exception {
        TestPlaybook playbook = playbook();
        String name = "d".repeat(200);
        // 21 folders of 200 characters: 4,200 bytes, past Linux's 4,096; GNU mkdir makes them one level at a time
        Process make = new ProcessBuilder("mkdir", "-p", String.join("/", java.util.Collections.nCopies(21, name)))
                .directory(playbook.root().resolve("team").toFile()).redirectErrorStream(true).start();
        try {
            boolean made = make.waitFor(60, TimeUnit.SECONDS) && make.exitValue() == 0;
            Assumptions.assumeTrue(made, "skipped: mkdir cannot make a folder deeper than 4 KB here: "
                    + new String(make.getInputStream().readAllBytes()));
            String tooLong = "team/" + String.join("/", java.util.Collections.nCopies(6, name));
            assertEquals(List.of(tooLong + ": error [source.name] the path is 1210 bytes long, more than the 1024 a content path may have\n"
                    + "    hint: use shorter folder and file names"), playbook.problems());
        } finally {
            // the test folder's own clean-up cannot delete what is deeper than the system's limit; rm can
            new ProcessBuilder("rm", "-rf", name).directory(playbook.root().resolve("team").toFile()).start().waitFor(60, TimeUnit.SECONDS);
        }
    }
}
