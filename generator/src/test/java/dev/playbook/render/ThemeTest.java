package dev.playbook.render;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.CheckRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
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

class ThemeTest {

    @TempDir
    Path dir;

    private Report build(Path theme) {
        Path content = TestPlaybook.scaffold(dir.resolve("content")).root();
        return new Generator().build(new BuildRequest(content, dir.resolve("site"), Optional.of(theme), TestPlaybook.TODAY));
    }

    private Path theme(String file, String text) throws IOException {
        Path theme = dir.resolve("theme");
        Path target = theme.resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text);
        return theme;
    }

    @Test
    void userThemeShadowsBuiltInFilesByPath() throws IOException {
        Path theme = theme("assets/playbook.css", "body { color: rebeccapurple; }");
        theme("templates/kinds/roles.ftlh", "<#import \"../layout.ftlh\" as layout><@layout.page><p class=\"custom\">${page.title}</p></@layout.page>");
        Report report = build(theme);
        assertEquals(0, report.errors(), report.problems().toString());
        assertEquals("body { color: rebeccapurple; }", Files.readString(dir.resolve("site/assets/playbook.css")));
        assertTrue(Files.exists(dir.resolve("site/assets/print.css")), "files the theme does not shadow come from the built-in one");
        assertEquals("Roles", Jsoup.parse(dir.resolve("site/team/roles.html").toFile()).select("p.custom").text());
        assertFalse(Jsoup.parse(dir.resolve("site/team/sales-process.html").toFile()).select("section.stage").isEmpty());
    }

    @Test
    void idsAreFoundHoweverTheThemeQuotesThem() throws IOException {
        // the scaffold's discovery guide links to ../sales-process.yaml#stage-discovery; this theme writes
        // that id in single quotes, and the next one bare
        Path theme = theme("templates/kinds/sales-process.ftlh", "<#import \"../layout.ftlh\" as layout><@layout.page>"
                + "<section id='stage-discovery'>Discovery</section><section id=stage-proposal>Proposal</section></@layout.page>");
        TestPlaybook playbook = TestPlaybook.scaffold(dir.resolve("content")).replace("team/guides/discovery-call.md",
                "for what you must learn.", "for what you must learn, and [then](../sales-process.yaml#stage-proposal).");
        Report built = new Generator().build(new BuildRequest(playbook.root(), dir.resolve("site"), Optional.of(theme), TestPlaybook.TODAY));
        assertEquals(List.of(), built.problems().stream().filter(p -> p.ruleId().startsWith("link.")).toList());
        assertTrue(Files.readString(dir.resolve("site/team/sales-process.html")).contains("<section id='stage-discovery'>"));

        playbook.replace("team/guides/discovery-call.md", "(../sales-process.yaml#stage-proposal)", "(../sales-process.yaml#stage-nowhere)");
        Report checked = new Generator().check(new CheckRequest(playbook.root(), Optional.of(theme), TestPlaybook.TODAY));
        assertEquals(List.of("team/guides/discovery-call.md:17:85: error [link.anchor] link \"../sales-process.yaml#stage-nowhere\": "
                        + "team/sales-process.html has no anchor \"stage-nowhere\""),
                checked.problems().stream().filter(p -> p.ruleId().startsWith("link.")).map(p -> p.headline("")).toList(),
                "the anchors are still checked: one that is nowhere on the page is reported");
    }

    @Test
    void templatesCannotInstantiateClasses() throws IOException {
        Path theme = theme("templates/home.ftlh",
                "<#assign exec = \"freemarker.template.utility.Execute\"?new()>${exec(\"touch " + dir.resolve("pwned") + "\")}");
        Report report = build(theme);
        assertEquals(1, report.errors());
        assertEquals("theme.render", report.problems().get(0).ruleId());
        assertEquals("theme:home.ftlh:1:1", report.problems().get(0).position().toString());
        assertTrue(report.problems().get(0).message().contains("not allowed"), report.problems().get(0).message());
        assertFalse(Files.exists(dir.resolve("pwned")));
        assertFalse(Files.exists(dir.resolve("site")), "a failed build writes nothing");
    }

    @Test
    void templatesCannotReachTheJavaApi() throws IOException {
        Path theme = theme("templates/home.ftlh", "${site?api.getClass().getName()}");
        Report report = build(theme);
        assertEquals(1, report.errors());
        assertTrue(report.problems().get(0).message().contains("?api"), report.problems().get(0).message());
    }

    @Test
    void valuesAreEscaped() throws IOException {
        Path content = TestPlaybook.scaffold(dir.resolve("content"))
                .replace("playbook.yaml", "title: Our Sales Playbook", "title: \"<b>Bold</b> & co\"").root();
        Report report = new Generator().build(new BuildRequest(content, dir.resolve("site"), Optional.empty(), TestPlaybook.TODAY));
        assertEquals(0, report.errors(), report.problems().toString());
        String html = Files.readString(dir.resolve("site/index.html"));
        assertTrue(html.contains("&lt;b&gt;Bold&lt;/b&gt; &amp; co"), "the title is text, not markup");
    }
}
