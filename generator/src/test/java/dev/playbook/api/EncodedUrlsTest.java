package dev.playbook.api;

import dev.playbook.model.TakeAways;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every URL a built site writes is percent-encoded (issue 12): a playbook whose guide, structured pages, folder and
 * image have spaces and accents in their names is built, and every href and src of every page, the sitemap's
 * locations and the canonical and Open Graph URLs are checked as a browser and a host would read them: URL text only,
 * each leading to a file of the site once decoded, and to an element with the id its fragment names.
 */
class EncodedUrlsTest {

    private static final String BASE = "https://example.com/playbook/";
    private static final String GUIDE = "team/guides/R\u00e9union de d\u00e9couverte.md";
    private static final String GUIDE_URL = "team/guides/R%C3%A9union%20de%20d%C3%A9couverte.html";

    /** What a URL in a page may hold: RFC 3986's unreserved and reserved characters, and % before two hex digits. */
    private static final Pattern URL_TEXT = Pattern.compile("(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*");

    @TempDir
    static Path dir;
    static TestPlaybook playbook;
    static Path site;

    /**
     * The complete fixture with names a French team might give: the first-call guide, the sales process and the roles
     * renamed, a one-on-ones guide in a folder with an accent, a logo with a space; links written both ways.
     */
    @BeforeAll
    static void build() throws IOException {
        playbook = TestPlaybook.complete(dir.resolve("content"));
        String guide = playbook.read("team/guides/first-call.md")
                .replace("## After the call", "## Apr\u00e8s l'appel")
                .replace("../sales-process.yaml#stage-discovery", "<../processus de vente.yaml#stage-discovery>")
                + "\nSee [after the call](#apr\u00e8s-lappel) and [the logo](<../images/logo \u00e9quipe.png>).\n\n"
                + "![Our logo](../images/logo%20%C3%A9quipe.png)\n";
        playbook.write(GUIDE, guide).delete("team/guides/first-call.md");
        playbook.write("team/processus de vente.yaml", playbook.read("team/sales-process.yaml")
                        .replace("guides/first-call.md", "<guides/R\u00e9union de d\u00e9couverte.md>"))
                .delete("team/sales-process.yaml");
        playbook.write("team/r\u00f4les.yaml", playbook.read("team/roles.yaml")).delete("team/roles.yaml");
        playbook.replace("team/glossary.yaml", "see: roles.yaml#role-ae", "see: r%C3%B4les.yaml#role-ae")
                .replace("team/glossary.yaml", "see: roles.yaml", "see: \"guides/R\u00e9union de d\u00e9couverte.md#apr\u00e8s-lappel\"");
        playbook.write("leadership/guides/entretiens \u00e0 deux/t\u00eate-\u00e0-t\u00eate.md", playbook.read("leadership/guides/one-on-ones.md")
                        .replace("../../team/sales-process.yaml", "../../../team/processus%20de%20vente.yaml"))
                .delete("leadership/guides/one-on-ones.md");
        playbook.write("team/images/logo \u00e9quipe.png", "png bytes");
        playbook.replace("playbook.yaml", "team/sales-process.yaml", "team/processus%20de%20vente.yaml")
                .write("playbook.yaml", playbook.read("playbook.yaml") + "site:\n  base_url: " + BASE + "\n"
                        + "  repo_url: https://github.com/acme/playbook\n"
                        + "  logo: team/images/logo \u00e9quipe.png\n  favicon: team/images/logo \u00e9quipe.png\n");
        playbook.replace("index.md", "(team/sales-process.yaml)", "(team/processus de vente.yaml)".replace(" ", "%20"))
                .replace("index.md", "[first call guide](team/guides/first-call.md)",
                        "[first call guide](team/guides/R%C3%A9union%20de%20d%C3%A9couverte.md) (or [the same](<" + GUIDE + ">))");
        site = dir.resolve("site");
        Report report = new Generator().build(new BuildRequest(playbook.root(), site, Optional.empty(), TestPlaybook.TODAY, false,
                new TakeAways(false, true)));
        assertEquals(List.of(), report.problems(), "the renamed playbook builds cleanly: every link found");
    }

    @Test
    void checkFindsEveryLinkWrittenEitherWay() {
        assertEquals(List.of(), playbook.problems(), "no broken link, no unreachable page");
    }

    @Test
    void everyHrefAndSrcIsUrlTextAndLeadsToAFileAndAnId() throws IOException {
        List<Path> pages = files(".html");
        assertTrue(pages.size() > 30, pages.toString());
        int checked = 0;
        for (Path file : pages) {
            String path = site.relativize(file).toString().replace('\\', '/');
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element element : page.select("[href], [src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (url.startsWith("data:") || url.startsWith("mailto:") || (url.startsWith("https:") && !url.startsWith(BASE))) {
                    continue;
                }
                String where = path + ": " + element.outerHtml();
                assertTrue(URL_TEXT.matcher(url).matches(), "not URL text: " + where);
                assertLeadsToTheSite(path, url, where);
                checked++;
            }
            for (Element meta : page.select("meta[property=og:url], meta[property=og:image]")) {
                assertLeadsToTheSite(path, meta.attr("content"), path + ": " + meta.outerHtml());
            }
        }
        assertTrue(checked > 2000, "links checked: " + checked);
    }

    @Test
    void theSitemapListsEncodedUrlsOfExistingPages() throws IOException {
        Document sitemap = Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> locations = sitemap.select("loc").eachText();
        assertTrue(locations.contains(BASE + GUIDE_URL), locations.toString());
        assertTrue(locations.contains(BASE + "team/processus%20de%20vente.html"), locations.toString());
        for (String location : locations) {
            assertTrue(URL_TEXT.matcher(location.substring(BASE.length())).matches(), location);
            assertLeadsToTheSite("", location, "sitemap.xml: " + location);
        }
        assertEquals(files(".html").size() - 1, locations.size(), "every page but 404.html");
    }

    @Test
    void aLinkWrittenAsTheNameAndOneWrittenAsTheUrlAreTheSameLink() throws IOException {
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of(GUIDE_URL, GUIDE_URL), home.select("main a:contains(first call guide), main a:contains(the same)").eachAttr("href"));
        Document guide = Jsoup.parse(site.resolve("team/guides/R\u00e9union de d\u00e9couverte.html").toFile(), "UTF-8");
        assertEquals(List.of("#apr%C3%A8s-lappel"), guide.select(".toc a:contains(Apr\u00e8s)").eachAttr("href"), "the contents' fragment");
        assertEquals("https://github.com/acme/playbook/edit/main/content/team/guides/R%C3%A9union%20de%20d%C3%A9couverte.md",
                guide.selectFirst(".edit-link a").attr("href"));
        assertEquals(BASE + GUIDE_URL, guide.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("../images/logo%20%C3%A9quipe.png", guide.selectFirst("main a:contains(the logo)").attr("href"));
        assertEquals("../images/logo%20%C3%A9quipe.png", guide.selectFirst("main img[alt=Our logo]").attr("src"));
        Document role = Jsoup.parse(site.resolve("roles/ae.html").toFile(), "UTF-8");
        assertEquals("../team/r%C3%B4les.html", role.select(".breadcrumbs a").last().attr("href"), "the roles page's crumb");
        assertTrue(role.select("a[href]").eachAttr("href").contains("../" + GUIDE_URL),
                "the sales process's activity text, rebased from its page to the role's: " + role.select("a[href]").eachAttr("href"));
    }

    @Test
    void theGlossaryLinksAndSearchFindTheAnsweringSection() throws IOException {
        Document glossary = Jsoup.parse(site.resolve("team/glossary.html").toFile(), "UTF-8");
        assertEquals(List.of("r%C3%B4les.html#role-ae", "guides/R%C3%A9union%20de%20d%C3%A9couverte.html#apr%C3%A8s-lappel",
                "qualification.html"), glossary.select(".glossary__see a").eachAttr("href"));
        String index = Files.readString(site.resolve("search/glossary.json"), StandardCharsets.UTF_8);
        String pages = Files.readString(site.resolve("search/pages.json"), StandardCharsets.UTF_8);
        assertTrue(pages.contains("\"team/guides/R\u00e9union de d\u00e9couverte.html\""),
                "the index's page table holds paths, which the search client encodes (docs/search.md)");
        assertTrue(index.contains("\"section\":\"apr\u00e8s-lappel\""), "the answering section by its id, decoded: " + index);
    }

    /** {@code url}, on the page at {@code path}, leads to a file of the site, and its fragment to an id of that page. */
    private static void assertLeadsToTheSite(String path, String url, String where) {
        String relative = url.startsWith(BASE) ? url.substring(BASE.length()) : url;
        URI page = URI.create("https://site.invalid/").resolve(encoded(url.startsWith(BASE) ? "" : path));
        URI target = page.resolve(relative.startsWith("/") ? relative.substring(1) : relative);
        String file = target.getPath().substring(1);
        Path resolved = site.resolve(file.isEmpty() || file.endsWith("/") ? file + "index.html" : file);
        assertTrue(Files.isRegularFile(resolved), "no file " + file + " for " + where);
        String fragment = target.getFragment();
        if (fragment != null && !fragment.isEmpty() && file.endsWith(".html")) {
            try {
                assertFalse(Jsoup.parse(resolved.toFile(), "UTF-8").getElementsByAttributeValue("id", fragment).isEmpty(),
                        "no id \"" + fragment + "\" in " + file + " for " + where);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The page's own path as URL text, to resolve its links against; encoded here by hand, not by the code under test. */
    private static String encoded(String path) {
        StringBuilder url = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            url.append(Character.isLetterOrDigit(c) && c < 0x80 || "/-._".indexOf(c) >= 0 ? String.valueOf(c) : String.format("%%%02X", (int) c));
        }
        return url.toString();
    }

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return new ArrayList<>(walk.filter(p -> p.toString().endsWith(extension)).sorted().toList());
        }
    }
}
