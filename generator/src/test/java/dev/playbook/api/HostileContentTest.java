package dev.playbook.api;

import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
                        "definition: \"We learn <img src=x onerror=alert(1)> [more](javascript:alert(2)) <b>bold</b>\"")
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
}
