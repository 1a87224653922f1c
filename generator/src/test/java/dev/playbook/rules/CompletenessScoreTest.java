package dev.playbook.rules;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.model.Completeness;
import dev.playbook.model.ContentKind;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A score a manager can trust: missing kinds count, errors count, nothing checked is "not started". */
class CompletenessScoreTest {

    @TempDir
    Path dir;

    private static Completeness.BookScore book(Completeness completeness, String title) {
        return completeness.books().stream().filter(b -> b.title().equals(title)).findFirst().orElseThrow();
    }

    private static Completeness.DocumentScore row(Completeness.BookScore book, String title) {
        return book.documents().stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aFreshPlaybookIsFarFromComplete() {
        Completeness completeness = TestPlaybook.scaffold(dir).check().completeness();
        assertEquals(ContentKind.values().length - 2, completeness.missing().size(),
                "the scaffold has 2 of " + ContentKind.values().length + " kinds: " + completeness.missing());
        assertFalse(completeness.missing().contains(ContentKind.SALES_PROCESS));
        assertTrue(completeness.overall().percent() < 100, completeness.overall().label());
        Completeness.BookScore leadership = book(completeness, "Leadership playbook");
        assertEquals(new Completeness.Score(0, 6), leadership.score(), "six kinds, none of them there");
        assertEquals("0%", leadership.score().label());
        assertTrue(row(leadership, "Sections").gaps().contains("no compensation plan yet"), row(leadership, "Sections").gaps().toString());
    }

    @Test
    void everyMissingKindIsAFailedCheckOfItsBook() {
        TestPlaybook playbook = TestPlaybook.complete(dir);
        assertEquals(100, playbook.check().completeness().overall().percent(), "the complete fixture has every kind");
        // compensation is not required, so leaving it out is no error, but the playbook is not complete without it
        playbook.write("playbook.yaml", playbook.read("playbook.yaml") + "checks:\n  required_sections: [sales-process, roles]\n");
        playbook.delete("leadership/compensation.yaml");
        var report = playbook.check();
        assertFalse(report.hasErrors(), report.problems().toString());
        Completeness completeness = report.completeness();
        assertEquals(List.of(ContentKind.COMPENSATION), completeness.missing());
        Completeness.DocumentScore sections = row(book(completeness, "Leadership playbook"), "Sections");
        assertEquals(List.of("no compensation plan yet"), sections.gaps());
        assertEquals(new Completeness.Score(5, 6), sections.score());
        assertEquals(completeness.overall().total() - 1, completeness.overall().passed());
    }

    @Test
    void aRequiredMissingKindIsCountedOnce() {
        TestPlaybook playbook = TestPlaybook.complete(dir).delete("leadership/compensation.yaml");
        var report = playbook.check();
        assertTrue(report.problems().stream().anyMatch(p -> p.ruleId().equals("playbook.required-sections")));
        Completeness completeness = report.completeness();
        assertEquals(completeness.overall().total() - 1, completeness.overall().passed(), "one missing kind, one failed check");
    }

    @Test
    void anErrorThatNoRuleChecksStillFailsACheck() {
        // a schema error: no playbook rule looks at a contest's reward, so only the error can take the score down
        TestPlaybook playbook = TestPlaybook.complete(dir).removeKey("leadership/contests.yaml", "  - id:", "    reward:");
        var report = playbook.check();
        assertTrue(report.hasErrors());
        Completeness completeness = report.completeness();
        assertTrue(completeness.overall().percent() < 100, completeness.overall().label());
        Completeness.DocumentScore contests = book(completeness, "Leadership playbook").documents().stream()
                .filter(d -> d.path().equals("leadership/contests.yaml")).findFirst().orElseThrow();
        assertEquals(List.of("1 error to fix"), contests.gaps());
        assertTrue(completeness.failures().stream().anyMatch(f -> f.file().equals("leadership/contests.yaml")
                && f.problem().ruleId().equals("schema.required")), completeness.failures().toString());
    }

    @Test
    void nothingCheckedIsNotStartedNeverAHundred() {
        Completeness.Score none = new Completeness.Score(0, 0);
        assertFalse(none.started());
        assertFalse(none.complete());
        assertEquals("not started", none.label());
        assertEquals(0, none.percent());
        assertEquals("not started", Completeness.none().overall().label());
        assertEquals("100%", new Completeness.Score(3, 3).label());
        assertEquals("66%", new Completeness.Score(2, 3).label(), "rounded down: 100% means nothing is missing");
    }

    @Test
    void anOwnerWithManyFailedChecksSeesTheFirstAndACount() throws IOException {
        TestPlaybook playbook = TestPlaybook.complete(dir.resolve("content"));
        for (int i = 0; i < 30; i++) {
            playbook.write("team/guides/old-" + i + ".md", "---\ntitle: Old " + i + "\nowner: ae\nlast_reviewed: 2025-01-01\n---\nStale.\n");
        }
        Path site = dir.resolve("site");
        var report = new Generator().build(new BuildRequest(playbook.root(), site, Optional.empty(), playbook.today()));
        assertFalse(report.hasErrors(), report.problems().toString());
        long failed = report.completeness().failures().stream().filter(f -> f.owner().equals(Optional.of("ae"))).count();
        assertTrue(failed >= 30, "each old guide is overdue: " + failed);
        Element group = Jsoup.parse(site.resolve("completeness.html").toFile()).selectFirst(".owner-failures[data-owner=ae]");
        assertEquals(25, group.select("li.failed-check:not(.failed-check--more)").size());
        assertEquals("and " + (failed - 25) + " more: playbook check lists every one", group.selectFirst("li.failed-check--more").text());
        assertTrue(group.selectFirst("h3").text().endsWith(failed + " failed checks"), group.selectFirst("h3").text());
    }

    @Test
    void thePageLeadsWithWhatToDoNext() throws IOException {
        TestPlaybook playbook = TestPlaybook.complete(dir.resolve("content"));
        playbook.write("playbook.yaml", playbook.read("playbook.yaml") + "checks:\n  required_sections: [sales-process, roles]\n"
                + "  severity:\n    process.buyer-outcomes: warning\n");
        playbook.delete("leadership/compensation.yaml");
        playbook.removeKey("team/sales-process.yaml", "  - id: discovery", "    buyer_outcomes:");
        Path site = dir.resolve("site");
        var report = new Generator().build(new BuildRequest(playbook.root(), site, Optional.empty(), playbook.today()));
        assertFalse(report.hasErrors(), report.problems().toString());
        Document page = Jsoup.parse(site.resolve("completeness.html").toFile());

        Element next = page.selectFirst("main .next-steps");
        assertNotNull(next);
        assertTrue(next.elementSiblingIndex() < page.selectFirst("main .completeness-playbook").elementSiblingIndex(),
                "what to do next comes before the scores per book");
        Element missing = next.selectFirst("li.missing-kind[data-kind=compensation]");
        assertTrue(missing.text().startsWith("No compensation plan yet"), missing.text());
        assertTrue(missing.selectFirst("a.missing-kind__reference").attr("href").endsWith("docs/content-reference.md#kind-compensation"));
        assertTrue(missing.selectFirst("a.missing-kind__example").attr("href").endsWith("content/leadership/compensation.yaml"));

        Element owner = next.selectFirst(".owner-failures");
        String processOwner = playbook.read("team/sales-process.yaml").lines().filter(l -> l.startsWith("owner:"))
                .findFirst().orElseThrow().substring("owner:".length()).trim();
        assertEquals(processOwner, owner.attr("data-owner"), "failed checks are grouped by the owner of their page");
        Element failure = owner.selectFirst("li.failed-check");
        assertTrue(failure.text().contains("stage \"discovery\" has no buyer-verifiable outcomes"), failure.text());
        assertEquals("team/sales-process.html", failure.selectFirst("a").attr("href"));
        assertFalse(page.selectFirst(".completeness-overall").text().equals("100%"));
    }
}
