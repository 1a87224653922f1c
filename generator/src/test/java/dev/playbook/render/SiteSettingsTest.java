package dev.playbook.render;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.model.Problem;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The owner's {@code site:} settings in playbook.yaml, as the built pages and files show them. */
class SiteSettingsTest {

    private static final String SITE_BLOCK = """
            site:
              logo: images/logo.png
              favicon: images/icon.png
              accent_color: "#ffcc00"
              base_url: https://playbook.example.com/sales
              repo_url: https://github.com/tidewater/playbook/
              edit_path: /edit/trunk/content/
            """;

    @TempDir
    Path dir;

    private Path build(String siteBlock) {
        TestPlaybook playbook = TestPlaybook.complete(dir.resolve("content"));
        playbook.write("playbook.yaml", read(playbook.root().resolve("playbook.yaml")) + siteBlock);
        playbook.write("images/logo.png", "\u0089PNG (not drawn: the test reads links, not pixels)");
        playbook.write("images/icon.png", "not really a png, but a file");
        Path site = dir.resolve("site");
        Report report = new Generator().build(new BuildRequest(playbook.root(), site, Optional.empty(), TestPlaybook.TODAY));
        assertEquals(List.of(), report.problems());
        return site;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void withABaseUrlEveryPageNamesItsAbsoluteUrlAndTheSitemapListsTheSame() throws IOException {
        Path site = build(SITE_BLOCK);
        Document process = page(site, "team/sales-process.html");
        assertEquals("https://playbook.example.com/sales/team/sales-process.html", process.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("https://playbook.example.com/sales/team/sales-process.html", process.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals("https://playbook.example.com/sales/images/logo.png", process.selectFirst("meta[property=og:image]").attr("content"));

        Document sitemap = Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> listed = sitemap.select("urlset > url > loc").eachText();
        List<String> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("404.html")).sorted().toList();
        }
        assertEquals(pages.stream().map(p -> "https://playbook.example.com/sales/" + p).toList(), listed,
                "every page but the 404 page, by the URL it names as canonical");
        for (String path : pages) {
            assertEquals("https://playbook.example.com/sales/" + path, page(site, path).selectFirst("link[rel=canonical]").attr("href"), path);
        }
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://playbook.example.com/sales/sitemap.xml\n",
                Files.readString(site.resolve("robots.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void theOwnersRobotsFileWins() throws IOException {
        TestPlaybook playbook = TestPlaybook.complete(dir.resolve("content"));
        playbook.write("playbook.yaml", read(playbook.root().resolve("playbook.yaml")) + "site:\n  base_url: https://playbook.example.com/\n");
        playbook.write("robots.txt", "User-agent: *\nDisallow: /\n");
        Path site = dir.resolve("site");
        Report report = new Generator().build(new BuildRequest(playbook.root(), site, Optional.empty(), TestPlaybook.TODAY));
        assertEquals(List.of(), report.problems());
        assertEquals("User-agent: *\nDisallow: /\n", Files.readString(site.resolve("robots.txt")), "an internal playbook keeps crawlers out");
        assertTrue(Files.exists(site.resolve("sitemap.xml")));
    }

    @Test
    void withoutABaseUrlThereIsNoCanonicalLinkSitemapOrRobotsFile() throws IOException {
        Path site = build("");
        assertTrue(page(site, "team/sales-process.html").select("link[rel=canonical], meta[property=og:url]").isEmpty());
        assertFalse(Files.exists(site.resolve("sitemap.xml")));
        assertFalse(Files.exists(site.resolve("robots.txt")));
        assertTrue(page(site, "team/sales-process.html").select(".edit-link").isEmpty(), "no repository, no edit link");
        assertEquals("data:,", page(site, "index.html").selectFirst("link[rel=icon]").attr("href"));
        assertTrue(page(site, "index.html").select("style").isEmpty(), "the theme's own accent");
    }

    @Test
    void pagesLinkToTheirSourceFileInTheRepository() throws IOException {
        Path site = build(SITE_BLOCK);
        assertEquals("https://github.com/tidewater/playbook/edit/trunk/content/team/sales-process.yaml",
                page(site, "team/sales-process.html").selectFirst(".edit-link a").attr("href"));
        assertEquals("https://github.com/tidewater/playbook/edit/trunk/content/team/guides/first-call.md",
                page(site, "team/guides/first-call.html").selectFirst(".edit-link a").attr("href"));
    }

    @Test
    void descriptionAndOpenGraphComeFromThePagesSummaryAsPlainText() throws IOException {
        Path site = build(SITE_BLOCK);
        Document process = page(site, "team/sales-process.html");
        String description = process.selectFirst("meta[name=description]").attr("content");
        assertFalse(description.isBlank());
        assertFalse(description.contains("<") || description.contains("**") || description.contains("]("), description);
        assertEquals(description, process.selectFirst("meta[property=og:description]").attr("content"));
        assertEquals(process.selectFirst("h1").text(), process.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals("How Tidewater finds, wins and keeps field-service customers.",
                page(site, "index.html").selectFirst("meta[name=description]").attr("content"), "the home page's own summary");
        assertTrue(page(site, "rules.html").selectFirst("meta[name=description]").attr("content")
                .startsWith("How Tidewater Software sells job scheduling to field-service companies. Start with the sales process."),
                "a page without a summary: the site's description, as text");
    }

    @Test
    void logoFaviconAndAccentColourAreUsed() throws IOException {
        Path site = build(SITE_BLOCK);
        Document guide = page(site, "team/guides/first-call.html");
        assertEquals("../../images/logo.png", guide.selectFirst(".site-title img").attr("src"));
        assertEquals("", guide.selectFirst(".site-title img").attr("alt"), "the title beside it names the link");
        assertEquals("../../images/icon.png", guide.selectFirst("link[rel=icon]").attr("href"));
        assertTrue(Files.exists(site.resolve("images/logo.png")));
        String style = guide.selectFirst("head style").data();
        // #ffcc00 is unreadable on white: light mode gets a darker shade, dark mode keeps a light one
        assertTrue(style.contains("--accent:") && style.contains(":root[data-theme=\"dark\"]"), style);
        String light = style.lines().filter(line -> line.startsWith(":root {")).findFirst().orElseThrow();
        String dark = style.lines().filter(line -> line.startsWith(":root[data-theme=\"dark\"]")).findFirst().orElseThrow();
        assertFalse(light.contains("--accent: #ffcc00;"), "yellow text on white is not readable: " + style);
        assertTrue(dark.contains("--accent: #ffcc00;"), "on a dark page it is: " + style);
    }

    @Test
    void aLogoThatIsNotThereIsABrokenLink() {
        TestPlaybook playbook = TestPlaybook.complete(dir.resolve("content"));
        playbook.write("playbook.yaml", read(playbook.root().resolve("playbook.yaml")) + "site:\n  logo: images/logo.png\n");
        Report report = new Generator().build(new BuildRequest(playbook.root(), dir.resolve("site"), Optional.empty(), TestPlaybook.TODAY));
        Problem problem = report.problems().get(0);
        assertEquals("link.broken", problem.ruleId());
        assertEquals("playbook.yaml:10:9", problem.position().format(""));
    }

    @Test
    void theSchemaRejectsAColourOrAddressOfAnotherShape() {
        TestPlaybook playbook = TestPlaybook.complete(dir.resolve("content"));
        playbook.write("playbook.yaml", read(playbook.root().resolve("playbook.yaml"))
                + "site:\n  accent_color: blue\n  base_url: playbook.example.com\n");
        Report report = new Generator().build(new BuildRequest(playbook.root(), dir.resolve("site"), Optional.empty(), TestPlaybook.TODAY));
        assertEquals(List.of("playbook.yaml:10:17", "playbook.yaml:11:13"),
                report.problems().stream().map(p -> p.position().format("")).sorted().toList(), report.problems().toString());
        assertFalse(Files.exists(dir.resolve("site")), "nothing is published");
    }
}
