package dev.playbook.api;

import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile text in YAML fields, front matter and Markdown bodies reaches the site only as harmless text. */
class HostileContentTest {

    @TempDir
    Path dir;

    @Test
    void scriptInYamlAndMarkdownIsNeutralized() throws IOException {
        Path content = TestPlaybook.scaffold(dir.resolve("content"))
                .replace("team/sales-process.yaml", "name: Discovery", "name: \"Discovery <script>alert('name')</script>\"")
                .replace("team/sales-process.yaml", "definition: We learn the buyer's problem, its cost and who decides.",
                        "definition: \"We learn <img src=https://example.com/x.png onerror=alert(1)> [more](javascript:alert(2)) <b>bold</b>\"")
                .replace("team/guides/discovery-call.md", "title: Discovery call guide", "title: \"Guide </title><script>alert(3)</script>\"")
                .replace("team/guides/discovery-call.md", "## After the call",
                        "<iframe src=\"https://evil.example\"></iframe>\n\n<a href=\"jav&#x09;ascript:alert(4)\">x</a>\n\n## After the call")
                .root();
        Report report = new Generator().build(new BuildRequest(content, dir.resolve("site"), Optional.empty(), TestPlaybook.TODAY));
        assertEquals(0, report.errors(), report.problems().toString());

        Document process = Jsoup.parse(dir.resolve("site/team/sales-process.html").toFile());
        assertTrue(process.select("script:not([src])").stream().noneMatch(s -> s.data().contains("alert")), "no inline script");
        assertTrue(process.text().contains("Discovery <script>alert('name')</script>"), "the name shows as text");
        assertTrue(process.select("[onerror]").isEmpty());
        assertTrue(process.select("a[href^=javascript]").isEmpty());
        assertEquals("bold", process.select(".stage b").text(), "harmless markup in Markdown fields survives");

        Document guide = Jsoup.parse(dir.resolve("site/team/guides/discovery-call.html").toFile());
        assertTrue(guide.title().contains("</title><script>"), "the title is escaped text: " + guide.title());
        assertTrue(guide.select("iframe").isEmpty());
        guide.select("a").forEach(a -> assertFalse(a.attr("href").replaceAll("\\s", "").toLowerCase().startsWith("javascript"), a.outerHtml()));
        assertFalse(Files.readString(dir.resolve("site/team/guides/discovery-call.html")).contains("<script>alert"));
    }

    @Test
    void malformedNumbersAreProblemsNotCrashes() {
        TestPlaybook playbook = TestPlaybook.complete(dir)
                .replace("management/pull-through.yaml", "revenue_target: 600000", "revenue_target: 0")
                .replace("management/pull-through.yaml", "win_rate: 0.3", "win_rate: [0.2]")
                .replace("team/sales-process.yaml", "    target_days: 21\n", "    target_days: 0xFFFFFFFFFFFFFFFFFF\n");
        Report report = playbook.check();
        List<String> rules = report.problems().stream().map(p -> p.ruleId()).distinct().sorted().toList();
        assertEquals(List.of("pull-through.rates", "schema.type", "schema.value", "yaml.number"), rules, report.problems().toString());
    }

    @Test
    void symbolicLinksAreNotPublished() throws IOException {
        TestPlaybook playbook = TestPlaybook.scaffold(dir.resolve("content"));
        Files.writeString(dir.resolve("secret.txt"), "do not publish");
        Files.createSymbolicLink(playbook.root().resolve("team/logo.png"), dir.resolve("secret.txt"));
        assertEquals(List.of("team/logo.png: error [source.symlink] symbolic links are not published\n"
                + "    hint: copy the file into the content folder instead of linking to it"), playbook.problems());
    }

    @Test
    void contentCannotClaimFilesTheGeneratorWrites() {
        TestPlaybook playbook = TestPlaybook.scaffold(dir.resolve("content"))
                .write("rules.md", "---\ntitle: Our rules\nowner: ae\nlast_reviewed: 2026-01-15\n---\nText.\n")
                .write("assets/playbook.css", "body { display: none }")
                .write("404.md", "---\ntitle: Lost\nowner: ae\nlast_reviewed: 2026-01-15\n---\nText.\n")
                .write("team/guides/discovery-call.html", "<p>stale export</p>");
        List<String> problems = playbook.problems().stream().filter(p -> p.contains("[page.conflict]")).toList();
        assertEquals(List.of(
                "404.md: error [page.conflict] 404.md cannot be published: the generator writes 404.html itself\n    hint: rename or move it",
                "assets/playbook.css: error [page.conflict] assets/playbook.css cannot be published: the assets/ folder belongs to the theme\n    hint: rename or move it",
                "rules.md: error [page.conflict] rules.md cannot be published: the generator writes rules.html itself\n    hint: rename or move it",
                "team/guides/discovery-call.html: error [page.conflict] team/guides/discovery-call.html cannot be published: the page made from team/guides/discovery-call.md is written there too\n    hint: rename or move it"),
                problems);
    }

    @Test
    void linksWrittenAsHtmlAreCheckedLikeMarkdownLinksAtTheirTag() {
        TestPlaybook playbook = TestPlaybook.scaffold(dir.resolve("content"))
                .replace("team/guides/discovery-call.md", "## After the call",
                        "Read <a href=\"../sales-proces.yaml#stage-discovery\">the process</a> and\n<img src='../no-such.png' alt=''>.\n\n"
                                + "<div><a class=x href=roles.yaml>roles</a></div>\n\n## After the call");
        assertEquals(List.of(
                "team/guides/discovery-call.md:19:6: error [link.broken] broken link \"../sales-proces.yaml#stage-discovery\": there is no team/sales-proces.yaml\n"
                        + "    hint: did you mean \"../sales-process.yaml\"?",
                "team/guides/discovery-call.md:20:1: error [link.broken] broken link \"../no-such.png\": there is no team/no-such.png\n"
                        + "    hint: link to the .md or .yaml source of a page, or to a file in the content directory",
                "team/guides/discovery-call.md:22:6: error [link.broken] broken link \"roles.yaml\": there is no team/guides/roles.yaml\n"
                        + "    hint: did you mean \"../roles.yaml\"?"),
                playbook.problems());
    }

    @Test
    void linksInYamlTextFieldsAreReportedAtTheLinkOnTheFieldsLine() {
        TestPlaybook playbook = TestPlaybook.scaffold(dir.resolve("content"))
                .replace("team/sales-process.yaml", "definition: We learn the buyer's problem, its cost and who decides.",
                        "definition: \"We learn \\\"why\\\". See [the roles](rolez.yaml) first.\"")
                .replace("team/sales-process.yaml", "definition: We send a proposal the buyer helped shape.",
                        "definition: |\n      We send a proposal.\n      See [the roles](rolez.yaml).");
        assertEquals(List.of(
                "team/sales-process.yaml:10:40: error [link.broken] broken link \"rolez.yaml\": there is no team/rolez.yaml\n"
                        + "    hint: did you mean \"roles.yaml\"?",
                "team/sales-process.yaml:22:17: error [link.broken] broken link \"rolez.yaml\": there is no team/rolez.yaml\n"
                        + "    hint: did you mean \"roles.yaml\"?"),
                playbook.problems());
    }

    @Test
    void headingIdsAreUniqueAcrossThePageThemeIncluded() throws IOException {
        TestPlaybook playbook = TestPlaybook.scaffold(dir.resolve("content"))
                .replace("team/guides/discovery-call.md", "## After the call", "## Main content\n\n## Setup\n\n## Setup\n\n## Setup-1\n\n## After the call");
        Report report = new Generator().build(new BuildRequest(playbook.root(), dir.resolve("site"), Optional.empty(), playbook.today()));
        assertEquals(0, report.errors(), report.problems().toString());
        Document guide = Jsoup.parse(dir.resolve("site/team/guides/discovery-call.html").toFile());
        List<String> ids = guide.select("[id]").eachAttr("id");
        assertEquals(ids.size(), java.util.Set.copyOf(ids).size(), "every id once: " + ids);
        assertEquals(List.of("main-content-1", "setup", "setup-1", "setup-1-1"), guide.select("h2[id~=^(main-content|setup)]").eachAttr("id"));
        assertTrue(guide.getElementById("main-content").tagName().equals("main"), "the theme keeps its own id");
    }
}
