package dev.playbook.cli;

import dev.playbook.api.PreviewBuild;
import dev.playbook.api.Report;
import dev.playbook.api.UsageException;
import dev.playbook.api.VersionsReport;
import dev.playbook.model.Completeness;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.model.RuleId;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve}'s flags for versions and what it prints per build; the preview itself is VersionedPreviewTest's. */
class ServeCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PlaybookCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aBuildOfTheDraftWithoutVersionsIsRefusedToo() {
        Path content = TestPlaybook.scaffold(dir.resolve("content")).root();
        Run run = run("build", "--content", content.toString(), "--out", dir.resolve("site").toString(), "--draft");
        assertEquals(2, run.exit(), "a draft left out without a word would look like a build of it");
        assertTrue(run.err().startsWith("playbook: --draft is the working tree as the unreleased version of a site of versions"), run.err());
        assertFalse(java.nio.file.Files.exists(dir.resolve("site")), "nothing is built");
    }

    @Test
    void theDraftWithoutVersionsIsAUsageErrorWordedAsFlags() {
        Path content = TestPlaybook.scaffold(dir.resolve("content")).root();
        Run run = run("serve", "--content", content.toString(), "--port", "0", "--draft");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("playbook: --draft is the working tree as the unreleased version of a site of versions,"
                + " and no --versions PATTERN names the released ones"), run.err());
        assertTrue(run.err().contains("hint: name the release tags with --versions PATTERN, such as \"v*\", or leave out --draft"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void versionsOrTheDraftWithABuiltSiteIsAUsageError() {
        for (String flag : List.of("--versions=v*", "--draft")) {
            Run run = run("serve", "--out", dir.toString(), "--port", "0", flag);
            assertEquals(2, run.exit(), flag);
            assertTrue(run.err().contains(flag.replace("=v*", "") + " previews a site built from the content; --out serves a site built before,"
                    + " as it is: use one or the other"), run.err());
        }
    }

    @Test
    void helpWordsTheFlagsAsBuildDoes() {
        Run run = run("serve", "--help");
        assertEquals(0, run.exit());
        String serve = run.out().replaceAll("\\s+", " "); // as picocli wraps it
        assertTrue(serve.contains("--versions=PATTERN Preview every Git tag matching PATTERN (e.g. v*)"), serve);
        assertTrue(serve.contains("--draft With --versions, also preview the working tree as the unreleased version \"next\""), serve);
        String build = run("build", "--help").out().replaceAll("\\s+", " ");
        assertTrue(build.contains("--versions=PATTERN Build every Git tag matching PATTERN (e.g. v*)")
                && build.contains("--draft With --versions, also build the working tree as the unreleased version \"next\""), build);
    }

    @Test
    void aBuildOfTheVersionsIsReportedAsBuildReportsIt() {
        Problem unknownRole = Problem.error(RuleId.REF_ROLE, new Position("team/sales-process.yaml", 11, 12), "unknown role \"nobody\"",
                "name a role of team/roles.yaml");
        Map<String, Report> reports = new LinkedHashMap<>();
        reports.put("v1.0.0", report(List.of(), 14));
        reports.put("v1.1.0", report(List.of(unknownRole), 15));
        reports.put("next", report(List.of(), 15));
        VersionsReport versions = new VersionsReport(reports, Optional.of("v1.0.0"), true, List.of(), List.of("v1.0.0", "next"), List.of());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ServeCommand.report(new PreviewBuild(true, true, 44, Set.of(), versions.combined().problems(), Duration.ofMillis(1234),
                Optional.empty(), Optional.of(versions)), "content/", Path.of("content"), new PrintWriter(out), new PrintWriter(err));
        assertEquals("built v1.0.0, next (latest: v1.0.0; reused unchanged: none) in 1234 ms" + System.lineSeparator(), out.toString());
        assertTrue(err.toString().contains("  v1.1.0:content/team/sales-process.yaml:11:12: error [ref.role] unknown role \"nobody\""), err.toString());
        assertTrue(err.toString().contains("v1.1.0 has errors and was not published: it is left out of versions.json"), err.toString());

        StringWriter again = new StringWriter();
        ServeCommand.report(new PreviewBuild(false, false, 0, Set.of(), List.of(), Duration.ofMillis(3), Optional.of(
                new UsageException("no Git tag matches \"v*\"", "tag a release (git tag v1.0.0), or name a pattern that matches one with {versions}")),
                Optional.empty()), "content/", Path.of("content"), new PrintWriter(out), new PrintWriter(again));
        assertEquals("not rebuilt: no Git tag matches \"v*\"; the last good site is still served" + System.lineSeparator()
                + "    hint: tag a release (git tag v1.0.0), or name a pattern that matches one with --versions PATTERN" + System.lineSeparator(),
                again.toString());
    }

    @Test
    void aSaveWithErrorsSaysHowManyInWords() {
        Problem unknownRole = Problem.error(RuleId.REF_ROLE, new Position("team/sales-process.yaml", 11, 12), "unknown role \"nobody\"",
                "name a role of team/roles.yaml");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ServeCommand.report(new PreviewBuild(false, false, 0, Set.of(), List.of(unknownRole), Duration.ofMillis(41), Optional.empty(),
                Optional.empty()), "content/", Path.of("content"), new PrintWriter(out), new PrintWriter(err));
        assertTrue(err.toString().endsWith("not rebuilt: 1 error; the last good site is still served (41 ms)" + System.lineSeparator()),
                err.toString());
        StringWriter first = new StringWriter();
        ServeCommand.report(new PreviewBuild(true, false, 0, Set.of(), List.of(unknownRole, unknownRole), Duration.ofMillis(900),
                Optional.empty(), Optional.empty()), "content/", Path.of("content"), new PrintWriter(out), new PrintWriter(first));
        assertTrue(first.toString().contains("the playbook has 2 errors: open pages show them"), first.toString());
    }

    private static Report report(List<Problem> problems, int pages) {
        return new Report(problems, pages, Optional.empty(), Completeness.none(), List.of(), List.of());
    }
}
