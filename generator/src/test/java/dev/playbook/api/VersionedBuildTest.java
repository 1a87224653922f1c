package dev.playbook.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.testing.TestPlaybook;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Versions built side by side from tags of a real repository made in the test. */
@Tag("git")
class VersionedBuildTest {

    @TempDir
    Path dir;

    private TestPlaybook playbook;

    private static PersonIdent at(long epochSecond) {
        return new PersonIdent("Enablement", "enablement@example.com", Date.from(Instant.ofEpochSecond(epochSecond)),
                TimeZone.getTimeZone("UTC"));
    }

    private void release(Git git, String tag, long time) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(tag).setAuthor(at(time)).setCommitter(at(time)).call();
        git.tag().setName(tag).call();
    }

    /** v1.0.0 has the scaffold; v1.1.0 adds a guide; the working tree then renames the sales process. */
    private Path repositoryWithTwoReleases() throws Exception {
        Path repo = dir.resolve("repo");
        playbook = TestPlaybook.scaffold(repo.resolve("content"));
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            release(git, "v1.0.0", 1_768_500_000L); // 2026-01-15
            playbook.write("team/guides/negotiation.md", "---\ntitle: Negotiation\nowner: ae\nlast_reviewed: 2026-01-20\n---\n## Give and get\n\nTrade, never give.\n");
            release(git, "v1.1.0", 1_769_000_000L); // 2026-01-21
        }
        playbook.replace("team/sales-process.yaml", "title: Sales process", "title: Our sales process");
        return repo;
    }

    private VersionsReport build(Path out, boolean draft) throws Exception {
        return new Generator().buildVersions(new VersionsRequest(playbook.root(), out, Optional.empty(), "v*", draft));
    }

    /** The PDFs and the offline pack of each version carry its name, and latest/ has its own copies. */
    @Test
    void eachVersionHasItsOwnPdfsAndOfflinePack() throws Exception {
        repositoryWithTwoReleases();
        Path out = dir.resolve("site");
        VersionsReport report = new Generator().buildVersions(new VersionsRequest(playbook.root(), out, Optional.empty(), "v*", false,
                java.time.LocalDate.of(2026, 2, 1), new dev.playbook.model.TakeAways(true, true)));
        assertFalse(report.hasErrors(), report.versions().toString());
        for (String version : List.of("v1.0.0", "v1.1.0")) {
            assertTrue(Files.exists(out.resolve(version + "/playbook-" + version + ".pdf")), version);
            assertTrue(Files.exists(out.resolve(version + "/playbook-" + version + ".zip")), version);
            assertEquals("playbook-" + version + ".pdf", Jsoup.parse(out.resolve(version + "/index.html").toFile())
                    .selectFirst("a.download--pdf").attr("href"));
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve(version + "/playbook-" + version + ".pdf").toFile())) {
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(2);
                stripper.setEndPage(2);
                assertTrue(stripper.getText(pdf).contains(" · " + version), "the header names the version");
            }
        }
        assertTrue(Files.exists(out.resolve("latest/playbook-v1.1.0.zip")));
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.resolve("v1.0.0/playbook-v1.0.0.zip").toFile())) {
            assertTrue(zip.getEntry("index.html") != null && zip.getEntry("search/offline.js") != null);
            assertTrue(zip.getEntry(".playbook-build") == null, "no build stamp in the pack");
        }
    }

    @Test
    void everyTagIsAVersionWithLatestAndAnIndex() throws Exception {
        repositoryWithTwoReleases();
        Path out = dir.resolve("site");
        VersionsReport report = build(out, true);
        assertFalse(report.hasErrors(), report.versions().toString());
        assertEquals(List.of("v1.0.0", "v1.1.0", "next"), report.names());
        assertEquals(Optional.of("v1.1.0"), report.latest());

        assertTrue(Files.exists(out.resolve("v1.0.0/team/sales-process.html")));
        assertFalse(Files.exists(out.resolve("v1.0.0/team/guides/negotiation.html")), "added in v1.1.0");
        assertTrue(Files.exists(out.resolve("v1.1.0/team/guides/negotiation.html")));
        assertEquals("Sales process", Jsoup.parse(out.resolve("v1.1.0/team/sales-process.html").toFile()).selectFirst("h1").text(),
                "released versions come from their tags, not the working tree");
        assertEquals("Our sales process", Jsoup.parse(out.resolve("next/team/sales-process.html").toFile()).selectFirst("h1").text());

        JsonNode versions = new ObjectMapper().readTree(out.resolve("versions.json").toFile());
        assertEquals("v1.1.0", versions.get("latest").asText());
        assertEquals(List.of("next", "v1.1.0", "v1.0.0"), versions.get("versions").findValuesAsText("name"));
        assertEquals("latest", versions.at("/versions/1/aliases/0").asText());
        assertEquals("2026-01-21", versions.at("/versions/1/date").asText(), "dates come from the commits");
        assertTrue(new ObjectMapper().readTree(out.resolve("v1.0.0/pages.json").toFile()).toString().contains("team/sales-process.html"));

        Document latest = Jsoup.parse(out.resolve("latest/team/guides/negotiation.html").toFile());
        assertEquals("../../../v1.1.0/team/guides/negotiation.html", latest.select("link[rel=canonical]").attr("href"));
        assertEquals("Negotiation", latest.selectFirst("h1").text());
        assertTrue(Files.exists(out.resolve("latest/assets/playbook.css")));
        assertEquals("latest/index.html", Jsoup.parse(out.resolve("index.html").toFile()).select("a").attr("href"));
    }

    @Test
    void aTagNameWithMarkupIsEscapedWhereverItReachesHtml() throws Exception {
        Path repo = dir.resolve("repo");
        playbook = TestPlaybook.scaffold(repo.resolve("content"));
        String tag = "v3-a&b\"<i>";
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            release(git, tag, 1_768_500_000L);
        }
        Path out = dir.resolve("site");
        VersionsReport report = build(out, false);
        assertFalse(report.hasErrors(), report.versions().toString());
        assertEquals(Optional.empty(), report.latest(), "not a semantic version, so not a release");

        Document entry = Jsoup.parse(out.resolve("index.html").toFile());
        assertEquals(tag + "/index.html", entry.select("a").attr("href"), "the entry page leads to the only version");
        assertTrue(entry.select("i").isEmpty(), "the tag's markup stays text");
        Document page = Jsoup.parse(out.resolve(tag).resolve("team/roles.html").toFile());
        assertEquals("../../" + tag + "/team/roles.html", page.select("link[rel=canonical]").attr("href"),
                "a released version's page names its own URL, so latest/ (a copy) points there");
        assertEquals(tag, page.selectFirst(".version-switcher").attr("data-version"));
        assertTrue(page.select("main i").isEmpty());
        assertEquals(tag, new ObjectMapper().readTree(out.resolve("versions.json").toFile()).at("/versions/0/name").asText());
    }

    @Test
    void everyPageCarriesTheSwitcherAndOldOrDraftVersionsABanner() throws Exception {
        repositoryWithTwoReleases();
        Path out = dir.resolve("site");
        build(out, true);
        Document old = Jsoup.parse(out.resolve("v1.0.0/team/roles.html").toFile());
        var switcher = old.selectFirst(".version-switcher");
        assertEquals("v1.0.0", switcher.attr("data-version"));
        assertEquals("team/roles.html", switcher.attr("data-page"));
        assertEquals("../../", switcher.attr("data-versions-root"), "versions.json is one folder above the version");
        assertEquals("v1.0.0/", switcher.select("select option[selected]").val());
        assertTrue(old.selectFirst(".version-banner").hasAttr("hidden"), "filled in by the script when a newer version exists");
        Document draft = Jsoup.parse(out.resolve("next/index.html").toFile());
        assertTrue(draft.selectFirst(".version-banner.is-draft").text().contains("unreleased draft"));
    }

    @Test
    void theSameCommitsGiveByteIdenticalSites() throws Exception {
        repositoryWithTwoReleases();
        build(dir.resolve("a"), false);
        // the second build runs on a machine set to another time zone and language; restored afterwards
        TimeZone zone = TimeZone.getDefault();
        java.util.Locale locale = java.util.Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("de-DE"));
            build(dir.resolve("b"), false);
        } finally {
            TimeZone.setDefault(zone);
            java.util.Locale.setDefault(locale);
        }
        assertEquals(TestPlaybook.files(dir.resolve("a")), TestPlaybook.files(dir.resolve("b")));
    }

    @Test
    void checkValidatesEveryVersion() throws Exception {
        Path repo = repositoryWithTwoReleases();
        playbook.replace("team/roles.yaml", "    reports_to: sales-manager", "    reports_to: boss");
        try (Git git = Git.open(repo.toFile())) {
            release(git, "v1.2.0", 1_769_100_000L);
        }
        VersionsReport report = new Generator().checkVersions(new VersionsRequest(playbook.root(), dir.resolve("unused"), Optional.empty(), "v*", false));
        assertFalse(report.versions().get("v1.1.0").hasErrors());
        assertEquals("ref.role", report.versions().get("v1.2.0").problems().get(0).ruleId());
        assertEquals(1, report.exitCode(false));
        assertFalse(Files.exists(dir.resolve("unused")));
        VersionsReport build = build(dir.resolve("site"), false);
        assertFalse(build.written());
        assertFalse(Files.exists(dir.resolve("site")), "a version with errors writes nothing");
    }


    @Test
    void whatChangedIsComputedFromTheModels() throws Exception {
        Path repo = dir.resolve("repo");
        playbook = TestPlaybook.scaffold(repo.resolve("content"));
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            release(git, "v1.0.0", 1_768_500_000L);
            playbook.replace("team/sales-process.yaml", "    owner: ae\n    handoff_trigger: A first", "    owner: sales-manager\n    handoff_trigger: A first")
                    .replace("team/sales-process.yaml", "      - Pain, budget and decision maker are written in the CRM",
                            "      - Pain, budget, timeline and decision maker are written in the CRM")
                    .write("team/sales-process.yaml", playbook.read("team/sales-process.yaml") + """
                              - id: negotiation
                                name: Negotiation
                                type: opportunity
                                definition: Terms are agreed.
                                owner: ae
                                handoff_trigger: The buyer asked for a contract.
                                exit_criteria:
                                  - Contract signed
                                buyer_outcomes:
                                  - The buyer's legal team returned the redlines
                            """)
                    .replace("team/guides/discovery-call.md", "Ask about the problem before", "Ask about the buyer's problem before")
                    .write("playbook.yaml", playbook.read("playbook.yaml") + "release_notes:\n  v1.1.0: Discovery now belongs to **sales managers**.\n");
            release(git, "v1.1.0", 1_769_000_000L);
        }
        Path out = dir.resolve("site");
        VersionsReport report = build(out, false);
        assertFalse(report.hasErrors(), report.versions().toString());

        Document changes = Jsoup.parse(out.resolve("v1.1.0/changes.html").toFile());
        assertEquals("Discovery now belongs to sales managers.", changes.select(".release-notes p").text());
        Map<String, List<String>> rows = new TreeMap<>();
        for (var area : changes.select("section.change-area")) {
            rows.put(area.selectFirst("h2").text(), area.select("tbody tr").eachText());
        }
        assertEquals(List.of("added Negotiation"), rows.get("Pipeline stages"));
        assertEquals(List.of("changed Discovery ae sales-manager"), rows.get("Stage owners"));
        assertEquals(List.of("changed Discovery Pain, budget and decision maker are written in the CRM "
                + "Pain, budget, timeline and decision maker are written in the CRM"), rows.get("Exit criteria"));
        assertEquals(List.of("changed Discovery call guide", "changed Sales process"), rows.get("Pages"));
        assertEquals("buyer's", changes.select(".word-diff ins").text(), "the guide's edit, word by word");
        assertTrue(changes.select(".word-diff del").isEmpty());
        assertTrue(Jsoup.parse(out.resolve("v1.0.0/changes.html").toFile()).text().contains("first published version"));

        Document changelog = Jsoup.parse(out.resolve("v1.1.0/changelog.html").toFile());
        assertEquals(List.of("v1.1.0", "v1.0.0"), changelog.select(".changelog li strong").eachText());
        assertEquals("../v1.0.0/changes.html", changelog.select(".changelog li a").get(1).attr("href"));
    }

    @Test
    void anUnchangedVersionIsReusedAndANewTagBuildsOnlyItself() throws Exception {
        Path repo = repositoryWithTwoReleases();
        Path out = dir.resolve("site");
        assertEquals(List.of(), build(out, false).reused());
        Map<String, String> first = TestPlaybook.files(out);

        VersionsReport again = build(out, false);
        assertEquals(List.of("v1.0.0", "v1.1.0"), again.reused(), "nothing changed: both versions are reused");
        assertEquals(first, TestPlaybook.files(out), "and the site is byte for byte the same");

        playbook.write("team/guides/pricing.md", "---\ntitle: Pricing\nowner: ae\nlast_reviewed: 2026-01-25\n---\nList prices.\n");
        try (Git git = Git.open(repo.toFile())) {
            release(git, "v1.2.0", 1_769_400_000L);
        }
        VersionsReport added = build(out, false);
        assertEquals(List.of("v1.0.0", "v1.1.0"), added.reused(), "only the new tag is built");
        assertTrue(Files.exists(out.resolve("v1.2.0/team/guides/pricing.html")));
        assertTrue(Files.exists(out.resolve("latest/team/guides/pricing.html")), "latest moved to the new tag");
        assertEquals(List.of("v1.2.0", "v1.1.0", "v1.0.0"),
                Jsoup.parse(out.resolve("v1.2.0/changelog.html").toFile()).select(".changelog li strong").eachText());
    }

    @Test
    void thePlaybookCanAskForVersionsInItsConfig() throws Exception {
        Path repo = repositoryWithTwoReleases();
        playbook.write("playbook.yaml", playbook.read("playbook.yaml") + "versions:\n  pattern: \"v1.0.*\"\n  draft: true\n");
        Path out = dir.resolve("site");
        java.io.StringWriter stdout = new java.io.StringWriter();
        int exit = dev.playbook.cli.PlaybookCommand.run(new String[] {"build", "--today=2026-02-01", "--content",
                playbook.root().toString(), "--out", out.toString()}, new java.io.PrintWriter(stdout), new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(0, exit, stdout.toString());
        assertTrue(Files.exists(out.resolve("v1.0.0/index.html")));
        assertFalse(Files.exists(out.resolve("v1.1.0")), "only tags matching the configured pattern");
        assertTrue(Files.exists(out.resolve("next/index.html")), "the configured draft");
        assertTrue(stdout.toString().contains("built v1.0.0, next"), stdout.toString());
    }
}
