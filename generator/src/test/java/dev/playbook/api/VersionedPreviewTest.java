package dev.playbook.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.testing.TestPlaybook;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code serve --versions 'v*' [--draft]} on a real repository made in the test: what the preview serves is byte for
 * byte what {@code build --versions} writes, before and after a save in the working tree and a new tag; the pages
 * answer over HTTP.
 */
@Tag("git")
class VersionedPreviewTest {

    /** Long enough for a build of the scaffold's versions on a busy machine; a passing test waits far less. */
    private static final long PATIENCE_SECONDS = 60;

    @TempDir
    Path dir;

    private TestPlaybook playbook;
    private Path repo;
    private LivePreview preview;
    private final BlockingQueue<PreviewBuild> builds = new LinkedBlockingQueue<>();
    private int builtSites;

    @AfterEach
    void close() {
        if (preview != null) {
            preview.close();
        }
    }

    private static PersonIdent at(long epochSecond) {
        return new PersonIdent("Enablement", "enablement@example.com", Date.from(Instant.ofEpochSecond(epochSecond)),
                TimeZone.getTimeZone("UTC"));
    }

    private void release(String tag, long time) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage(tag).setAuthor(at(time)).setCommitter(at(time)).call();
            git.tag().setName(tag).call();
        }
    }

    /** v1.0.0 has the scaffold; v1.1.0 adds a guide; the working tree then renames the sales process. */
    private void repositoryWithTwoReleases() throws Exception {
        repo = dir.resolve("repo");
        playbook = TestPlaybook.scaffold(repo.resolve("content"));
        Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call().close();
        release("v1.0.0", 1_768_500_000L); // 2026-01-15
        playbook.write("team/guides/negotiation.md", "---\ntitle: Negotiation\nowner: ae\nlast_reviewed: 2026-01-20\n---\n## Give and get\n\nTrade, never give.\n");
        release("v1.1.0", 1_769_000_000L); // 2026-01-21
        playbook.replace("team/sales-process.yaml", "title: Sales process", "title: Our sales process");
    }

    private PreviewBuild start(boolean draft, Optional<Path> theme) throws InterruptedException {
        PreviewRequest request = new PreviewRequest(playbook.root(), theme, Optional.of(playbook.today()), InetAddress.getLoopbackAddress(), 0,
                Duration.ofMillis(100), Optional.of("v*"), draft);
        preview = new Generator().preview(request, builds::add);
        PreviewBuild first = builds.take();
        assertTrue(first.first() && first.published() && first.failure().isEmpty(), first.toString());
        return first;
    }

    /** The next build the preview reports that {@code wanted} accepts; fails after the builds it skipped. */
    private PreviewBuild await(Predicate<PreviewBuild> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        List<PreviewBuild> skipped = new java.util.ArrayList<>();
        while (System.nanoTime() < deadline) {
            PreviewBuild build = builds.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (build != null && wanted.test(build)) {
                return build;
            }
            if (build != null) {
                skipped.add(build);
            }
        }
        throw new AssertionError("no such build within " + PATIENCE_SECONDS + " s; seen: " + skipped);
    }

    /** What {@code build --versions 'v*' [--draft]} writes into a new folder, without the build's hidden bookkeeping (marker, stamps). */
    private Map<String, String> built(boolean draft, Optional<Path> theme) {
        Path out = dir.resolve("built-" + (++builtSites));
        VersionsReport report = new Generator().buildVersions(new VersionsRequest(playbook.root(), out, theme, "v*", draft, playbook.today()));
        assertTrue(report.written(), report.versions().toString());
        Map<String, String> files = TestPlaybook.files(out);
        files.keySet().removeIf(path -> path.startsWith(".") || path.contains("/."));
        return files;
    }

    private Map<String, String> served() {
        Map<String, String> files = new TreeMap<>();
        preview.site().forEach((path, bytes) -> files.put(path, new String(bytes, StandardCharsets.ISO_8859_1)));
        return files;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(preview.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    private JsonNode versionsJson() throws Exception {
        HttpResponse<String> response = get("versions.json");
        assertEquals(200, response.statusCode());
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void withTheDraftTheWorkingTreeIsNextAndLiveAndTheSiteIsTheBuildsByteForByte() throws Exception {
        repositoryWithTwoReleases();
        PreviewBuild first = start(true, Optional.empty());
        VersionsReport report = first.versions().orElseThrow();
        assertEquals(List.of("v1.0.0", "v1.1.0", "next"), report.published());
        assertEquals(Optional.of("v1.1.0"), report.latest());
        assertEquals(built(true, Optional.empty()), served());

        assertEquals("latest/index.html", page("").select("a").attr("href"), "the entry page leads to latest/");
        assertEquals("Negotiation", page("latest/team/guides/negotiation.html").selectFirst("h1").text());
        assertEquals("Sales process", page("v1.0.0/team/sales-process.html").selectFirst("h1").text());
        assertEquals("Our sales process", page("next/team/sales-process.html").selectFirst("h1").text());
        assertEquals(List.of("next", "v1.1.0", "v1.0.0"), versionsJson().get("versions").findValuesAsText("name"));
        assertTrue(page("next/changes.html").selectFirst(".section-intro").text().startsWith("Changes since v1.1.0"),
                "the draft's What changed is counted from the latest release");

        playbook.replace("team/sales-process.yaml", "title: Our sales process", "title: The sales process");
        PreviewBuild save = await(build -> !build.first());
        assertTrue(save.published() && save.versions().isEmpty(), "a save rebuilds the draft alone: " + save);
        assertTrue(save.changed().contains("next/team/sales-process.html"), save.changed().toString());
        assertTrue(save.changed().stream().allMatch(path -> path.startsWith("next/")), "no released version changes: " + save.changed());
        assertEquals("The sales process", page("next/team/sales-process.html").selectFirst("h1").text());
        assertEquals(built(true, Optional.empty()), served());
        assertEquals(served(), overHttp(), "HTTP serves the site in memory, with the live-reload script in its pages only");

        String good = playbook.read("team/sales-process.yaml");
        playbook.replace("team/sales-process.yaml", "owner: ae\n    handoff_trigger: A first", "owner: nobody\n    handoff_trigger: A first");
        PreviewBuild broken = await(build -> !build.first());
        assertFalse(broken.published(), "a draft with errors keeps the last good one");
        assertTrue(broken.problems().stream().anyMatch(p -> p.isError() && p.message().equals("next: unknown role \"nobody\"")
                && p.position().file().equals("team/sales-process.yaml")), broken.problems().toString());
        assertEquals("The sales process", page("next/team/sales-process.html").selectFirst("h1").text());
        playbook.write("team/sales-process.yaml", good);
        assertTrue(await(build -> !build.first()).published());
        assertEquals(built(true, Optional.empty()), served());

        // the build titles the entry page and the feed after the last version it built, the draft: so does the preview
        playbook.replace("playbook.yaml", "title: Our Sales Playbook", "title: Renamed in the working tree");
        assertTrue(await(build -> !build.first()).published());
        assertTrue(page("").title().contains("Renamed in the working tree"), page("").title());
        assertEquals(built(true, Optional.empty()), served());
    }

    /** Every file of the site as HTTP serves it, the live-reload script taken out of the pages. */
    private Map<String, String> overHttp() throws Exception {
        Map<String, String> files = new TreeMap<>();
        HttpClient client = HttpClient.newHttpClient();
        for (String path : preview.site().keySet()) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(preview.url(path))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), path);
            String body = new String(response.body(), StandardCharsets.ISO_8859_1);
            if (path.endsWith(".html")) {
                String stripped = body.replaceFirst("<script src=\"/_playbook/live\\.js\" data-version=\"[^\"]*\" defer></script>(?=</body)", "");
                assertFalse(stripped.equals(body), "a served page carries the live-reload script: " + path);
                body = stripped;
            }
            files.put(path, body);
        }
        return files;
    }

    @Test
    void withoutTheDraftANewTagIsBuiltAndSavesChangeNothing() throws Exception {
        repositoryWithTwoReleases();
        start(false, Optional.empty());
        assertEquals(built(false, Optional.empty()), served());
        assertEquals(404, get("next/index.html").statusCode(), "the working tree is no version");
        assertEquals(List.of("v1.1.0", "v1.0.0"), versionsJson().get("versions").findValuesAsText("name"));

        playbook.write("team/guides/negotiation.md", playbook.read("team/guides/negotiation.md") + "\nAsk for something back.\n");
        assertNull(builds.poll(2, TimeUnit.SECONDS), "a save in the working tree is no version: nothing is built");

        release("v1.2.0", 1_769_500_000L); // 2026-01-27
        PreviewBuild tagged = await(build -> build.versions().isPresent());
        VersionsReport report = tagged.versions().get();
        assertEquals(List.of("v1.0.0", "v1.1.0", "v1.2.0"), report.published());
        assertEquals(List.of("v1.0.0", "v1.1.0"), report.reused(), "versions unchanged since the last build are reused by their stamps");
        JsonNode versions = versionsJson();
        assertEquals("v1.2.0", versions.get("latest").asText());
        assertEquals(List.of("v1.2.0", "v1.1.0", "v1.0.0"), versions.get("versions").findValuesAsText("name"));
        assertTrue(page("latest/team/guides/negotiation.html").text().contains("Ask for something back."));
        assertEquals(built(false, Optional.empty()), served());

        try (Git git = Git.open(repo.toFile())) {
            git.tagDelete().setTags("v1.2.0").call();
        }
        await(build -> build.versions().filter(r -> r.latest().equals(Optional.of("v1.1.0"))).isPresent());
        assertEquals(List.of("v1.1.0", "v1.0.0"), versionsJson().get("versions").findValuesAsText("name"), "a deleted tag is gone");
        assertEquals(built(false, Optional.empty()), served());

        try (Git git = Git.open(repo.toFile())) {
            git.tag().setName("v1.1.0").setForceUpdate(true).call(); // moved to the commit that was v1.2.0
        }
        PreviewBuild moved = await(build -> build.versions().isPresent());
        assertEquals(List.of("v1.0.0"), moved.versions().get().reused(), "the moved version is built again");
        assertTrue(page("v1.1.0/team/guides/negotiation.html").text().contains("Ask for something back."));
        assertEquals(built(false, Optional.empty()), served());

        Map<String, byte[]> before = preview.site();
        try (Git git = Git.open(repo.toFile())) {
            git.tagDelete().setTags("v1.0.0", "v1.1.0").call();
        }
        PreviewBuild none = await(build -> build.failure().isPresent());
        assertTrue(none.failure().get() instanceof UsageException, "no tag matches any more: " + none.failure().get());
        assertEquals(before, preview.site(), "the last good site stays");
    }

    @Test
    void aNewTagMovesTheDraftsWhatChangedOnToIt() throws Exception {
        repositoryWithTwoReleases();
        start(true, Optional.empty());
        release("v1.2.0", 1_769_500_000L); // the working tree's renamed sales process, released
        PreviewBuild tagged = await(build -> build.versions().isPresent());
        assertEquals(List.of("v1.0.0", "v1.1.0", "v1.2.0", "next"), tagged.versions().get().published());
        assertTrue(page("next/changes.html").selectFirst("main").text().contains("Nothing changed since v1.2.0."),
                "the working tree is what v1.2.0 released");
        assertEquals(built(true, Optional.empty()), served());
    }

    @Test
    void aThemeEditRebuildsEveryVersion() throws Exception {
        repositoryWithTwoReleases();
        Path theme = Files.createDirectories(dir.resolve("theme/assets"));
        String css = new String(Generator.class.getResourceAsStream("/dev/playbook/theme/default/assets/playbook.css").readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(theme.resolve("playbook.css"), css);
        start(true, Optional.of(dir.resolve("theme")));

        Files.writeString(theme.resolve("playbook.css"), css + "\nh1 { color: green; }\n");
        PreviewBuild rebuilt = await(build -> build.versions().isPresent());
        assertEquals(List.of(), rebuilt.versions().get().reused(), "a new theme changes every version");
        for (String version : List.of("v1.0.0", "v1.1.0", "latest", "next")) {
            assertTrue(get(version + "/assets/playbook.css").body().contains("h1 { color: green; }"), version);
        }
        assertEquals(built(true, Optional.of(dir.resolve("theme"))), served());
    }

    @Test
    void aReleaseWithErrorsIsLeftOutAsTheBuildLeavesItOutAndTheOverlayNamesIt() throws Exception {
        repositoryWithTwoReleases();
        playbook.replace("team/sales-process.yaml", "owner: ae\n    handoff_trigger: A first", "owner: nobody\n    handoff_trigger: A first");
        release("v1.2.0", 1_769_500_000L);
        PreviewBuild first = start(false, Optional.empty());
        VersionsReport report = first.versions().orElseThrow();
        assertTrue(report.versions().get("v1.2.0").hasErrors());
        assertEquals(List.of("v1.0.0", "v1.1.0"), report.published(), "left out, as the build leaves it out");
        assertTrue(first.problems().stream().anyMatch(p -> p.isError() && p.message().startsWith("v1.2.0: unknown role \"nobody\"")),
                first.problems().toString());
        assertEquals(built(false, Optional.empty()), served());
        assertEquals("v1.1.0", versionsJson().get("latest").asText());
    }

    @Test
    void theDraftWithoutVersionsIsAUsageError() throws Exception {
        repositoryWithTwoReleases();
        PreviewRequest request = new PreviewRequest(playbook.root(), Optional.empty(), Optional.of(playbook.today()),
                InetAddress.getLoopbackAddress(), 0, PreviewRequest.QUIET, Optional.empty(), true);
        UsageException usage = assertThrows(UsageException.class, () -> new Generator().preview(request, builds::add));
        assertTrue(usage.getMessage().contains("{draft}") && usage.hint().contains("{versions}"), usage.getMessage());
    }

    @Test
    void aPatternNoTagMatchesIsAUsageErrorAsInTheBuild() throws Exception {
        repositoryWithTwoReleases();
        PreviewRequest request = new PreviewRequest(playbook.root(), Optional.empty(), Optional.of(playbook.today()),
                InetAddress.getLoopbackAddress(), 0, PreviewRequest.QUIET, Optional.of("release-*"), false);
        UsageException usage = assertThrows(UsageException.class, () -> new Generator().preview(request, builds::add));
        assertEquals("no Git tag matches \"release-*\"", usage.getMessage());
        assertNotNull(usage.hint());
    }
}
