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
    void withABaseUrlCanonicalLinksSitemapsRobotsAndThe404PageAgree() throws Exception {
        Path repo = dir.resolve("repo");
        playbook = TestPlaybook.scaffold(repo.resolve("content"));
        playbook.write("playbook.yaml", Files.readString(playbook.root().resolve("playbook.yaml")) + "site:\n  base_url: https://example.com/playbook/\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            release(git, "v1.0.0", 1_768_500_000L);
            release(git, "v1.1.0", 1_769_000_000L);
        }
        Path out = dir.resolve("site");
        VersionsReport report = build(out, false);
        assertFalse(report.hasErrors(), report.versions().toString());
        String canonical = "https://example.com/playbook/v1.1.0/team/roles.html";
        assertEquals(canonical, Jsoup.parse(out.resolve("v1.1.0/team/roles.html").toFile()).select("link[rel=canonical]").attr("href"));
        assertEquals(canonical, Jsoup.parse(out.resolve("latest/team/roles.html").toFile()).select("link[rel=canonical]").attr("href"),
                "latest/ is a copy that names the versioned page");
        Document sitemap = Jsoup.parse(Files.readString(out.resolve("v1.1.0/sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());
        assertTrue(sitemap.select("loc").eachText().contains(canonical), "the sitemap lists what the pages name");
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://example.com/playbook/v1.1.0/sitemap.xml\n", Files.readString(out.resolve("robots.txt")));
        Document notFound = Jsoup.parse(out.resolve("404.html").toFile());
        assertEquals("https://example.com/playbook/v1.1.0/assets/playbook.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"),
                "the site's top answers a missing address with the latest release's 404 page, whose links are absolute");
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
        String folder = java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(folder + "/index.html", entry.select("a").attr("href"), "the entry page leads to the only version, its name a URL's");
        assertTrue(entry.select("i").isEmpty(), "the tag's markup stays text");
        Document page = Jsoup.parse(out.resolve(tag).resolve("team/roles.html").toFile());
        assertEquals("../../" + folder + "/team/roles.html", page.select("link[rel=canonical]").attr("href"),
                "a released version's page names its own URL, so latest/ (a copy) points there");
        assertEquals(tag, page.selectFirst(".version-switcher").attr("data-version"));
        assertTrue(page.select("main i").isEmpty());
        assertEquals(tag, new ObjectMapper().readTree(out.resolve("versions.json").toFile()).at("/versions/0/name").asText());
    }

    /**
     * Git allows '#', '%' and letters beyond ASCII in a tag's name: every link to the version still leads to its folder,
     * its offline pack (named after it) included, and a page named with spaces and accents is found in every version.
     */
    @Test
    void aTagNameWithUrlCharactersStaysOnePath() throws Exception {
        Path repo = dir.resolve("repo");
        playbook = TestPlaybook.scaffold(repo.resolve("content"));
        String first = "v1.0.0-r#1";
        String second = "v1.0.0-50%";
        String third = "v1.0.0-\u00e9t\u00e9";
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            release(git, first, 1_768_500_000L);
            playbook.write("team/guides/pricing.md", "---\ntitle: Pricing\nowner: ae\nlast_reviewed: 2026-01-25\n---\nList prices.\n");
            release(git, second, 1_769_000_000L);
            playbook.write("team/guides/prix et remises.md", "---\ntitle: Prix et remises\nowner: ae\nlast_reviewed: 2026-01-25\n---\nRemises.\n");
            release(git, third, 1_769_100_000L);
        }
        Path out = dir.resolve("site");
        VersionsReport report = new Generator().buildVersions(new VersionsRequest(playbook.root(), out, Optional.empty(), "v*", false,
                java.time.LocalDate.of(2026, 2, 1), new dev.playbook.model.TakeAways(false, true)));
        assertFalse(report.hasErrors(), report.names().toString());
        Path guide = out.resolve(third).resolve("team/guides/prix et remises.html");
        Document pricing = Jsoup.parse(guide.toFile());
        assertEquals("v1.0.0-%C3%A9t%C3%A9/", pricing.select(".version-switcher option[selected]").val(), "the switcher's own version, as versions.json has it");
        assertEquals("team/guides/prix%20et%20remises.html", pricing.selectFirst(".version-switcher").attr("data-page"));
        assertEquals(List.of("../../../v1.0.0-%C3%A9t%C3%A9/team/guides/prix%20et%20remises.html"), pricing.select("link[rel=canonical]").eachAttr("href"));
        assertTrue(Files.readString(out.resolve(third).resolve("pages.json")).contains("\"team/guides/prix et remises.html\""),
                "pages.json lists paths, which the switcher finds its page's decoded URL in (assets/playbook.js)");
        java.net.URI root = out.toUri();
        java.util.function.BiFunction<Path, String, Path> follow = (page, href) ->
                Path.of(page.toUri().resolve(href).getPath());
        Path entry = out.resolve("index.html");
        assertTrue(Files.isRegularFile(follow.apply(entry, Jsoup.parse(entry.toFile()).select("a").attr("href"))), "the entry page's link");
        JsonNode versions = new ObjectMapper().readTree(out.resolve("versions.json").toFile());
        for (JsonNode version : versions.get("versions")) {
            Path folder = Path.of(root.resolve(version.get("path").asText()).getPath());
            assertEquals(out.resolve(version.get("name").asText()), folder, "versions.json's path of " + version.get("name"));
            Path roles = folder.resolve("team/roles.html");
            assertEquals(roles, follow.apply(roles, Jsoup.parse(roles.toFile()).select("link[rel=canonical]").attr("href")));
        }
        Path changelog = out.resolve(third).resolve("changelog.html");
        assertEquals(3, Jsoup.parse(changelog.toFile()).select(".changelog li a").size());
        for (var link : Jsoup.parse(changelog.toFile()).select(".changelog li a")) {
            assertTrue(link.attr("href").matches("(?:[A-Za-z0-9._~!'()*/-]|%[0-9A-F]{2})+"), "percent-encoded: " + link.attr("href"));
            assertTrue(Files.isRegularFile(follow.apply(changelog, link.attr("href"))), link.attr("href"));
        }
        for (String version : List.of(first, second, third)) {
            Path home = out.resolve(version).resolve("index.html");
            String pack = Jsoup.parse(home.toFile()).selectFirst("a.download--offline").attr("href");
            assertTrue(Files.isRegularFile(follow.apply(home, pack)), "the offline pack of " + version + ": " + pack);
        }
        org.w3c.dom.Document feed = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("changes.xml").toFile());
        org.w3c.dom.NodeList links = feed.getElementsByTagName("link");
        for (int i = 0; i < links.getLength(); i++) {
            String href = ((org.w3c.dom.Element) links.item(i)).getAttribute("href");
            assertTrue(href.matches("(?:[A-Za-z0-9._~!'()*/-]|%[0-9A-F]{2})+"), "the feed's link is percent-encoded: " + href);
            assertTrue(Files.isRegularFile(Path.of(root.resolve(href).getPath())), "the feed's link " + href);
        }
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
    }

    /** v1.0.0 and v1.2.0 are good; v1.1.0 names a role that does not exist. */
    private Path repositoryWithABadTagInTheMiddle() throws Exception {
        Path repo = dir.resolve("repo");
        playbook = TestPlaybook.scaffold(repo.resolve("content"));
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            release(git, "v1.0.0", 1_768_500_000L);
            playbook.replace("team/roles.yaml", "    reports_to: sales-manager", "    reports_to: boss");
            release(git, "v1.1.0", 1_769_000_000L);
            playbook.replace("team/roles.yaml", "    reports_to: boss", "    reports_to: sales-manager")
                    .write("team/guides/pricing.md", "---\ntitle: Pricing\nowner: ae\nlast_reviewed: 2026-01-25\n---\nList prices.\n");
            release(git, "v1.2.0", 1_769_400_000L);
        }
        return repo;
    }

    @Test
    void oneBadTagAmongThreeIsReportedAndTheOthersArePublished() throws Exception {
        repositoryWithABadTagInTheMiddle();
        Path out = dir.resolve("site");
        VersionsReport report = build(out, false);
        assertEquals(1, report.exitCode(false), "the bad version fails the build");
        assertEquals("ref.role", report.versions().get("v1.1.0").problems().get(0).ruleId());
        assertTrue(report.written(), "the good versions are published all the same");
        assertEquals(List.of("v1.0.0", "v1.2.0"), report.published());
        assertEquals(List.of(), report.keptPrevious());
        assertFalse(Files.exists(out.resolve("v1.1.0")), "no previous build to keep: left out");
        assertTrue(Files.exists(out.resolve("v1.2.0/team/guides/pricing.html")));
        JsonNode versions = new ObjectMapper().readTree(out.resolve("versions.json").toFile());
        assertEquals(List.of("v1.2.0", "v1.0.0"), names(versions));
        assertEquals("v1.2.0", versions.get("latest").asText());
        Document changes = Jsoup.parse(out.resolve("v1.2.0/changes.html").toFile());
        assertTrue(changes.selectFirst(".section-intro").text().startsWith("Changes since v1.0.0"), "since the last published version");
        assertEquals(List.of("v1.2.0", "v1.0.0"), Jsoup.parse(out.resolve("v1.2.0/changelog.html").toFile()).select(".changelog li strong").eachText());
    }

    @Test
    void aVersionThatTurnsBadKeepsItsPreviousBuild() throws Exception {
        Path repo = repositoryWithTwoReleases();
        Path out = dir.resolve("site");
        assertFalse(build(out, false).hasErrors());
        Map<String, String> before = TestPlaybook.files(out.resolve("v1.1.0"));
        // v1.1.0 moves to a commit with an error
        playbook.replace("team/roles.yaml", "    reports_to: sales-manager", "    reports_to: boss");
        try (Git git = Git.open(repo.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("broken").setAuthor(at(1_769_200_000L)).setCommitter(at(1_769_200_000L)).call();
            git.tag().setName("v1.1.0").setForceUpdate(true).call();
        }
        VersionsReport report = build(out, false);
        assertEquals(1, report.exitCode(false));
        assertEquals(List.of("v1.1.0"), report.keptPrevious());
        assertEquals(List.of("v1.0.0", "v1.1.0"), report.published());
        assertEquals(before, TestPlaybook.files(out.resolve("v1.1.0")), "the previous build of v1.1.0, byte for byte");
        assertEquals(List.of("v1.1.0", "v1.0.0"), names(new ObjectMapper().readTree(out.resolve("versions.json").toFile())));
    }

    @Test
    void aTagOnATreeAndASubmoduleAreReportedProblems() throws Exception {
        Path repo = repositoryWithTwoReleases();
        try (Git git = Git.open(repo.toFile())) {
            org.eclipse.jgit.lib.Repository repository = git.getRepository();
            org.eclipse.jgit.lib.ObjectId head = repository.resolve("HEAD");
            org.eclipse.jgit.lib.ObjectId tree = repository.resolve("HEAD^{tree}");
            org.eclipse.jgit.lib.RefUpdate update = repository.updateRef("refs/tags/v1.5.0");
            update.setNewObjectId(tree);
            update.forceUpdate();
            // a commit whose content folder holds a submodule (a gitlink entry)
            org.eclipse.jgit.dircache.DirCache index = repository.lockDirCache();
            org.eclipse.jgit.dircache.DirCacheEditor editor = index.editor();
            editor.add(new org.eclipse.jgit.dircache.DirCacheEditor.PathEdit("content/team/vendor") {
                @Override
                public void apply(org.eclipse.jgit.dircache.DirCacheEntry entry) {
                    entry.setFileMode(org.eclipse.jgit.lib.FileMode.GITLINK);
                    entry.setObjectId(head);
                }
            });
            editor.commit();
            git.commit().setMessage("vendor").setAuthor(at(1_769_300_000L)).setCommitter(at(1_769_300_000L)).call();
            git.tag().setName("v1.4.0").call();
        }
        Path out = dir.resolve("site");
        VersionsReport report = build(out, false);
        assertEquals(1, report.exitCode(false));
        var tag = report.versions().get("v1.5.0").problems().get(0);
        assertEquals("version.tag", tag.ruleId());
        assertEquals("git:refs/tags/v1.5.0: error [version.tag] tag \"v1.5.0\" names a tree, not a commit", tag.headline("content/"));
        var submodule = report.versions().get("v1.4.0").problems().get(0);
        assertEquals("source.submodule", submodule.ruleId());
        assertEquals("team/vendor", submodule.position().file());
        assertEquals(List.of("v1.0.0", "v1.1.0"), report.published(), "the good versions are published");
        assertTrue(Files.exists(out.resolve("v1.1.0/index.html")));
    }

    @Test
    void checkVersionsWritesOneReportInTheFormatAskedEachProblemNamingItsVersion() throws Exception {
        repositoryWithABadTagInTheMiddle();
        playbook.replace("team/roles.yaml", "    reports_to: sales-manager", "    reports_to: chief");
        try (Git git = Git.open(dir.resolve("repo").toFile())) {
            release(git, "v1.3.0", 1_769_500_000L);
        }
        Path json = dir.resolve("report.json");
        Path sarif = dir.resolve("report.sarif");
        java.io.StringWriter stdout = new java.io.StringWriter();
        int exit = dev.playbook.cli.PlaybookCommand.run(new String[] {"check", "--today=2026-02-01", "--content", playbook.root().toString(),
                "--versions", "v*", "--format", "json", "--output", json.toString(), "--format", "sarif", "--output", sarif.toString()},
                new java.io.PrintWriter(stdout), new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(1, exit, stdout.toString());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        List<String> messages = new java.util.ArrayList<>();
        report.get("problems").forEach(p -> messages.add(p.get("message").asText()));
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("v1.1.0: ") && messages.get(0).contains("boss"), messages.toString());
        assertTrue(messages.get(1).startsWith("v1.3.0: ") && messages.get(1).contains("chief"), messages.toString());
        assertEquals(2, report.at("/summary/errors").asInt(), "one report covering every version");
        JsonNode results = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results");
        assertEquals(2, results.size());
        assertTrue(results.get(0).at("/message/text").asText().startsWith("v1.1.0: "), results.toString());
        assertTrue(stdout.toString().contains("v1.2.0: "), "a line per version when the reports go to files: " + stdout);

        java.io.StringWriter text = new java.io.StringWriter();
        exit = dev.playbook.cli.PlaybookCommand.run(new String[] {"check", "--today=2026-02-01", "--content", playbook.root().toString(),
                "--versions", "v*"}, new java.io.PrintWriter(text), new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(1, exit);
        assertTrue(text.toString().contains("[ref.role] v1.1.0: "), text.toString());
    }

    private static List<String> names(JsonNode versions) {
        List<String> names = new java.util.ArrayList<>();
        versions.get("versions").forEach(v -> names.add(v.get("name").asText()));
        return names;
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
        assertEquals(List.of("changed Discovery call guide"), rows.get("Pages"), "a structured file's rows say what changed in it");
        assertEquals("buyer's", changes.select(".guide-diff ins").text(), "the guide's edit, word by word");
        assertTrue(changes.select(".guide-diff del").isEmpty());
        assertEquals(1, changes.select(".guide-diff .diff-block--changed").size(), "only the edited paragraph is shown");
        assertFalse(changes.select(".guide-diff details.diff-folded").isEmpty(), "the rest is folded");
        assertEquals("1 stage added, 1 stage owner changed, 1 exit criterion changed, 1 guide edited",
                changes.selectFirst(".changes-summary").text());
        assertTrue(Jsoup.parse(out.resolve("v1.0.0/changes.html").toFile()).text().contains("first published version"));

        Document changelog = Jsoup.parse(out.resolve("v1.1.0/changelog.html").toFile());
        assertEquals(List.of("v1.1.0", "v1.0.0"), changelog.select(".changelog li strong").eachText());
        assertEquals("../v1.0.0/changes.html", changelog.select(".changelog li a").get(1).attr("href"));
        assertEquals(List.of("1 stage added, 1 stage owner changed, 1 exit criterion changed, 1 guide edited", "first version"),
                changelog.select(".changelog__summary").eachText(), "a one-line summary per version");
        assertEquals("../changes.xml", changelog.selectFirst(".changelog__feed a").attr("href"));

        // the Atom feed: well-formed XML in the Atom namespace, one entry per version, newest first, with its summary and link
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(out.resolve("changes.xml").toFile());
        String atom = "http://www.w3.org/2005/Atom";
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        assertEquals(atom, feed.getDocumentElement().getNamespaceURI());
        org.w3c.dom.NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        assertEquals(2, entries.getLength());
        org.w3c.dom.Element newest = (org.w3c.dom.Element) entries.item(0);
        assertEquals("v1.1.0", newest.getElementsByTagNameNS(atom, "title").item(0).getTextContent());
        assertEquals("1 stage added, 1 stage owner changed, 1 exit criterion changed, 1 guide edited",
                newest.getElementsByTagNameNS(atom, "summary").item(0).getTextContent());
        assertEquals("v1.1.0/changes.html", ((org.w3c.dom.Element) newest.getElementsByTagNameNS(atom, "link").item(0)).getAttribute("href"));
        assertEquals("2026-01-21T00:00:00Z", newest.getElementsByTagNameNS(atom, "updated").item(0).getTextContent());
        assertTrue(newest.getElementsByTagNameNS(atom, "id").item(0).getTextContent().startsWith("urn:uuid:"));
        assertEquals("first version", ((org.w3c.dom.Element) entries.item(1)).getElementsByTagNameNS(atom, "summary").item(0).getTextContent());
        for (String required : List.of("id", "title", "updated")) {
            assertEquals(1, feed.getDocumentElement().getElementsByTagNameNS(atom, required).getLength() - entries.getLength(),
                    "the feed has its own " + required);
        }
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
