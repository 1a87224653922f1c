package dev.playbook.render;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
