package dev.playbook.api;

import dev.playbook.testing.TestPlaybook;
import dev.playbook.validate.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After every kind of edit, the live preview's site equals a full build of the same files, byte for byte. */
class LiveBuildTest {

    @TempDir
    Path dir;

    private TestPlaybook playbook;
    private Path theme;
    private LiveBuild live;

    private void start() throws IOException {
        playbook = TestPlaybook.complete(dir.resolve("content"));
        theme = Files.createDirectories(dir.resolve("theme/templates"));
        live = new LiveBuild(Pipeline.warm(new Schemas(), "Playbook " + Generator.version()), playbook.root(),
                Optional.of(dir.resolve("theme")), playbook::today);
        LiveBuild.Result first = settled(live.buildAll());
        assertFalse(first.hasErrors(), first.problems().toString());
        assertSameAsFullBuild(first);
    }

    @Test
    void aGuideEditChangesThatGuideAndWhatShowsIt() throws IOException {
        start();
        playbook.replace("team/guides/first-call.md", "## Before the call", "## Before you dial");
        LiveBuild.Result result = rebuild("team/guides/first-call.md");
        assertSameAsFullBuild(result);
        assertTrue(result.changed().contains("team/guides/first-call.html"), result.changed().toString());
        assertFalse(result.changed().contains("team/roles.html"), "a body edit leaves unrelated pages alone: " + result.changed());
    }

    @Test
    void aNewGuideAndADeletedGuide() throws IOException {
        start();
        playbook.write("team/guides/demo.md", "---\ntitle: Running the demo\nowner: ae\nlast_reviewed: 2026-01-15\n"
                + "stages: [discovery]\nsummary: Show the one workflow that hurts.\n---\n## Set-up\n\nLog in early.\n");
        assertSameAsFullBuild(rebuild("team/guides/demo.md"));
        playbook.delete("team/guides/demo.md");
        LiveBuild.Result deleted = rebuild("team/guides/demo.md");
        assertSameAsFullBuild(deleted);
        assertTrue(deleted.changed().contains("team/guides/demo.html"), "a deleted page is a change too");
    }

    @Test
    void whatEveryPageShowsOfOthersReachesThemAll() throws IOException {
        start();
        // a guide's title shows in its neighbours' links and in the related guides of its stage; the review cadence
        // and the playbook's title on every page: pages that did not change themselves must still follow
        playbook.replace("team/guides/first-call.md", "title: First call", "title: The first call");
        LiveBuild.Result retitled = rebuild("team/guides/first-call.md");
        assertSameAsFullBuild(retitled);
        assertTrue(retitled.changed().size() > 1, "other pages link the guide by its title: " + retitled.changed());
        playbook.replace("team/guides/first-call.md", "last_reviewed: 2026-01-15", "last_reviewed: 2025-01-15");
        LiveBuild.Result reviewed = rebuild("team/guides/first-call.md");
        assertSameAsFullBuild(reviewed);
        assertTrue(reviewed.changed().contains("review.html"), "the review queue lists the guide by its date: " + reviewed.changed());
        // a guide's summary shows on its book's page and its audience's role pages; a hiring formula's characteristics on
        // the pages of the roles it hires or that interview for it
        playbook.replace("team/guides/first-call.md", "summary: How to run a discovery call the buyer finds worth their time.",
                "summary: How to run a discovery call worth the buyer's time.");
        LiveBuild.Result summarised = rebuild("team/guides/first-call.md");
        assertSameAsFullBuild(summarised);
        assertTrue(summarised.changed().contains("team/index.html"), summarised.changed().toString());
        playbook.replace("leadership/hiring-formula.yaml", "name: Curiosity", "name: Intellectual curiosity");
        LiveBuild.Result hiring = rebuild("leadership/hiring-formula.yaml");
        assertSameAsFullBuild(hiring);
        assertTrue(hiring.changed().contains("roles/sales-manager.html"), "the interviewer's page: " + hiring.changed());
        playbook.replace("playbook.yaml", "review_cadence_days: 90", "review_cadence_days: 30");
        assertSameAsFullBuild(rebuild("playbook.yaml"));
        playbook.replace("playbook.yaml", "title: Tidewater Sales Playbook", "title: Tidewater Playbook");
        assertSameAsFullBuild(rebuild("playbook.yaml"));
    }

    @Test
    void editsFasterThanTheSearchIndexLeaveASiteAndIndexAsAFullBuildMakes() throws IOException {
        start();
        // no waiting for the index between edits: each build stops the index of the one before, if still writing
        for (int i = 0; i < 4; i++) {
            playbook.replace("team/guides/first-call.md", "## Before the call", "## Before the call\n\nSave " + i + ".\n");
            live.rebuild(Set.of(playbook.root().resolve("team/guides/first-call.md")));
        }
        playbook.replace("team/roles.yaml", "name: Sales Manager", "name: Sales Director");
        assertSameAsFullBuild(rebuild("team/roles.yaml"));
    }

    @Test
    void aBrokenSaveRightAfterAGoodOneKeepsTheGoodOnesSearchIndex() throws IOException {
        start();
        playbook.replace("team/guides/first-call.md", "## Before the call", "## Before the call\n\nAsk about the budget owner.\n");
        LiveBuild.Result good = live.rebuild(Set.of(playbook.root().resolve("team/guides/first-call.md")));
        assertTrue(good.published());
        String roles = playbook.read("team/roles.yaml");
        playbook.replace("team/roles.yaml", "name: Sales Manager", "name: [Sales Manager");
        LiveBuild.Result broken = live.rebuild(Set.of(playbook.root().resolve("team/roles.yaml")));
        assertFalse(broken.published(), "a YAML error keeps the last good site");
        // no waiting in between: the good build's index must still come, and the broken one's must not
        LiveBuild.Result indexed = live.completeIndex().orElseThrow(() -> new AssertionError("the good build's index was dropped"));
        playbook.write("team/roles.yaml", roles);
        assertSameAsFullBuild(indexed);
    }

    @Test
    void linksAreCheckedAgainWhenWhatTheyLeadToChangesNotOnlyWhenTheyDo() throws IOException {
        start();
        playbook.replace("team/guides/first-call.md", "## Before the call",
                "## Before the call\n\nSee [the agenda](../../leadership/guides/one-on-ones.md#the-agenda) and [the demo](demo.md).\n");
        LiveBuild.Result missing = rebuild("team/guides/first-call.md");
        assertTrue(missing.problems().stream().anyMatch(p -> p.rule() == dev.playbook.model.RuleId.LINK_BROKEN), missing.problems().toString());
        // the guide that links does not change; the files and ids it links to do
        playbook.write("team/guides/demo.md", "---\ntitle: Demo\nowner: ae\nlast_reviewed: 2026-01-15\n---\nText.\n");
        assertSameAsFullBuild(rebuild("team/guides/demo.md"));
        playbook.replace("leadership/guides/one-on-ones.md", "## The agenda", "## Agenda");
        LiveBuild.Result renamed = rebuild("leadership/guides/one-on-ones.md");
        assertTrue(renamed.problems().stream().anyMatch(p -> p.rule() == dev.playbook.model.RuleId.LINK_ANCHOR
                && p.position().file().equals("team/guides/first-call.md")), renamed.problems().toString());
        playbook.replace("leadership/guides/one-on-ones.md", "## Agenda", "## The agenda");
        assertSameAsFullBuild(rebuild("leadership/guides/one-on-ones.md"));
    }

    @Test
    void aRolesEditAndARenamedStage() throws IOException {
        start();
        playbook.replace("team/roles.yaml", "name: Sales Manager", "name: Sales Director");
        assertSameAsFullBuild(rebuild("team/roles.yaml"));
        playbook.replace("team/sales-process.yaml", "name: Discovery", "name: Discovery call");
        assertSameAsFullBuild(rebuild("team/sales-process.yaml"));
    }

    @Test
    void aPageIsRenderedAgainWhenWhatItReadsOfTheSiteChangesAndOnlyThen() throws IOException {
        start();
        // a role's mission shows on the role's own page and the roles page; every other page shows its name at most
        playbook.replace("team/roles.yaml", "mission: Opens conversations with companies that fit.",
                "mission: Starts conversations with companies that fit.");
        LiveBuild.Result mission = rebuild("team/roles.yaml");
        assertSameAsFullBuild(mission);
        assertTrue(mission.changed().containsAll(Set.of("roles/bdr.html", "team/roles.html")), mission.changed().toString());
        assertFalse(live.rendered().contains("team/guides/first-call.html"), "a guide shows no mission: " + live.rendered());
        assertTrue(live.rendered().size() < 12, "only the pages that show a mission or list the roles: " + live.rendered());
        // a role's name shows wherever the role is linked
        playbook.replace("team/roles.yaml", "name: Business Development Rep", "name: Business Development Representative");
        LiveBuild.Result renamed = rebuild("team/roles.yaml");
        assertSameAsFullBuild(renamed);
        assertTrue(live.rendered().size() > 12, "every page linking the role: " + live.rendered());
        // a metric's target shows where a template looks the metric up; an abbreviation is marked on pages whose
        // templates never read the glossary
        playbook.replace("management/metrics.yaml", "target: \"40 a week\"", "target: \"45 a week\"");
        assertSameAsFullBuild(rebuild("management/metrics.yaml"));
        playbook.replace("team/glossary.yaml", "abbreviations: [CRM]", "abbreviations: [CRM, CR]");
        assertSameAsFullBuild(rebuild("team/glossary.yaml"));
        playbook.replace("team/glossary.yaml", "term: Account executive", "term: Account manager");
        assertSameAsFullBuild(rebuild("team/glossary.yaml"));
    }

    @Test
    void referencesAreJudgedAgainWhenTheRolesTheyNameChange() throws IOException {
        start();
        playbook.replace("team/roles.yaml", "id: bdr", "id: sdr");
        LiveBuild.Result renamed = rebuild("team/roles.yaml");
        Report check = new Generator().check(new CheckRequest(playbook.root(), Optional.of(dir.resolve("theme")), playbook.today()));
        assertEquals(check.problems(), renamed.problems());
        assertTrue(renamed.problems().stream().anyMatch(p -> p.position().file().equals("team/guides/first-call.md")),
                "the guide whose audience names bdr, unchanged itself: " + renamed.problems());
        playbook.replace("team/roles.yaml", "id: sdr", "id: bdr");
        assertSameAsFullBuild(rebuild("team/roles.yaml"));
    }

    @Test
    void suppressionsHoldWhileTheirFileIsUnchangedAndGoWithTheirComment() throws IOException {
        start();
        playbook.replace("team/guides/first-call.md", "## Before the call",
                "## Before the call\n\n<!-- playbook-ignore glossary.abbreviation: the buyer's own word -->\nAsk how the QBR runs.\n");
        LiveBuild.Result suppressed = rebuild("team/guides/first-call.md");
        assertSameAsFullBuild(suppressed);
        assertTrue(suppressed.problems().stream().noneMatch(p -> p.message().contains("QBR")), suppressed.problems().toString());
        playbook.replace("leadership/guides/one-on-ones.md", "## The agenda", "## The agenda\n\nKeep it short.\n");
        assertSameAsFullBuild(rebuild("leadership/guides/one-on-ones.md"));
        playbook.replace("team/guides/first-call.md", "<!-- playbook-ignore glossary.abbreviation: the buyer's own word -->\n", "");
        LiveBuild.Result unsuppressed = rebuild("team/guides/first-call.md");
        assertSameAsFullBuild(unsuppressed);
        assertTrue(unsuppressed.problems().stream().anyMatch(p -> p.message().contains("QBR")), unsuppressed.problems().toString());
    }

    @Test
    void aTemplateErrorReadsAsABuildWordsIt() throws IOException {
        start();
        Path kinds = Files.createDirectories(theme.resolve("kinds"));
        // a map of the site hash printed as text: Freemarker names the class that holds it
        Files.writeString(kinds.resolve("guide.ftlh"), "<#include \"default.ftlh\">${site.roles}");
        LiveBuild.Result failing = live.rebuild(Set.of(kinds.resolve("guide.ftlh")));
        assertFalse(failing.published());
        assertEquals(fullCheck().problems(), failing.problems());
    }

    @Test
    void theCompletenessFollowsTheKindOfAFileThatFailsToLoad() throws IOException {
        start();
        // neither kind required: only the score's missing kinds know which one the broken file was meant as
        playbook.replace("playbook.yaml", "review_cadence_days: 90", "review_cadence_days: 90\nchecks:\n  required_sections: [roles]");
        assertSameAsFullBuild(rebuild("playbook.yaml"));
        playbook.replace("leadership/contests.yaml", "    reward: Lunch", "    reward: [Lunch");
        LiveBuild.Result broken = rebuild("leadership/contests.yaml");
        assertEquals(fullCheck().completeness(), broken.report().completeness());
        // still broken, now meant as another kind: the missing kinds change though no document did
        playbook.replace("leadership/contests.yaml", "kind: contests", "kind: okrs");
        LiveBuild.Result otherKind = rebuild("leadership/contests.yaml");
        assertEquals(fullCheck().completeness(), otherKind.report().completeness());
    }

    /** What {@code check} finds in the playbook as it is now. */
    private Report fullCheck() {
        return new Generator().check(new CheckRequest(playbook.root(), Optional.of(dir.resolve("theme")), playbook.today()));
    }

    @Test
    void aThemeTemplateEdit() throws IOException {
        start();
        String guide;
        try (var in = Generator.class.getResourceAsStream("/dev/playbook/theme/default/templates/kinds/guide.ftlh")) {
            guide = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path kinds = Files.createDirectories(theme.resolve("kinds"));
        Files.writeString(kinds.resolve("guide.ftlh"), guide.replaceFirst("<@layout.page", "<#-- edited -->\n<@layout.page")
                + "\n<!-- shadowed -->\n");
        LiveBuild.Result result = settled(live.rebuild(Set.of(kinds.resolve("guide.ftlh"))));
        assertSameAsFullBuild(result);
        assertTrue(new String(result.site().get("team/guides/first-call.html"), StandardCharsets.UTF_8).contains("<!-- shadowed -->"));
    }

    @Test
    void aPageWhoseTemplateFailedIsNotTakenForItsLastGoodRendering() throws IOException {
        start();
        String guide;
        try (var in = Generator.class.getResourceAsStream("/dev/playbook/theme/default/templates/kinds/guide.ftlh")) {
            guide = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // a custom template that fails on the first call's page once a guide follows it
        Path kinds = Files.createDirectories(theme.resolve("kinds"));
        Files.writeString(kinds.resolve("guide.ftlh"), "<#if page.source == \"team/guides/first-call.md\" && page.neighbours.next??>"
                + "${page.missing.value}</#if>" + guide);
        assertSameAsFullBuild(settled(live.rebuild(Set.of(kinds.resolve("guide.ftlh")))));
        playbook.write("team/guides/zz-next.md", "---\ntitle: Next\nowner: ae\nlast_reviewed: 2026-01-15\n---\nText.\n");
        LiveBuild.Result failing = live.rebuild(Set.of(playbook.root().resolve("team/guides/zz-next.md")));
        assertFalse(failing.published(), failing.problems().toString());
        // nothing the page is made of changes now; its template still fails, and says so
        playbook.replace("leadership/guides/one-on-ones.md", "## The agenda", "## The agenda\n\nBring one deal.\n");
        LiveBuild.Result unrelated = live.rebuild(Set.of(playbook.root().resolve("leadership/guides/one-on-ones.md")));
        assertFalse(unrelated.published());
        assertTrue(unrelated.problems().stream().anyMatch(p -> p.rule() == dev.playbook.model.RuleId.THEME_RENDER
                && p.message().contains("team/guides/first-call.html")), unrelated.problems().toString());
    }

    @Test
    void aBrokenFileKeepsTheLastGoodSiteAndFixingItPublishesAgain() throws IOException {
        start();
        Map<String, byte[]> good = settled(live.buildAll()).site();
        playbook.replace("team/roles.yaml", "roles:\n", "roles:\n  - id: [\n");
        LiveBuild.Result broken = rebuild("team/roles.yaml");
        assertTrue(broken.hasErrors());
        assertFalse(broken.published());
        assertEquals(good, broken.site(), "the last good site stays");
        playbook.replace("team/roles.yaml", "roles:\n  - id: [\n", "roles:\n");
        LiveBuild.Result fixed = rebuild("team/roles.yaml");
        assertTrue(fixed.published());
        assertSameAsFullBuild(fixed);
    }

    private LiveBuild.Result rebuild(String file) {
        return settled(live.rebuild(Set.of(playbook.root().resolve(file))));
    }

    /** The build with its search index in place, as the preview serves it once the index is written. */
    private LiveBuild.Result settled(LiveBuild.Result pages) {
        return live.completeIndex().map(index -> new LiveBuild.Result(index.site(), pages.changed(), pages.report(),
                pages.published())).orElse(pages);
    }

    private void assertSameAsFullBuild(LiveBuild.Result result) throws IOException {
        assertFalse(result.hasErrors(), result.problems().toString());
        Path out = dir.resolve("full-" + System.nanoTime());
        Report report = new Generator().build(new BuildRequest(playbook.root(), out, Optional.of(dir.resolve("theme")), playbook.today()));
        assertFalse(report.hasErrors(), report.problems().toString());
        // and the same findings (a build's, not an index's result): what the warm stages remember must not hide or keep one
        if (result.report().pages() > 0) {
            assertEquals(report.problems(), result.report().problems());
            assertEquals(report.completeness(), result.report().completeness());
            assertEquals(report.reviewQueue(), result.report().reviewQueue());
            assertTrue(report.checks().equals(result.report().checks()), "the same checks pass and fail");
        }
        Map<String, String> full = TestPlaybook.files(out);
        full.remove(".playbook-site");
        Map<String, String> served = new TreeMap<>();
        result.site().forEach((path, bytes) -> served.put(path, new String(bytes, StandardCharsets.ISO_8859_1)));
        assertEquals(full.keySet(), served.keySet());
        List<String> different = full.keySet().stream().filter(path -> !full.get(path).equals(served.get(path))).toList();
        assertEquals(List.of(), different, "files whose bytes differ from a full build");
    }
}
