package dev.playbook.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteServerTest {

    @TempDir
    Path dir;

    private Path site() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("search"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>home</title>");
        Files.writeString(site.resolve("search/index.json"), "{\"format\":1}".repeat(50));
        Files.writeString(dir.resolve("secret.txt"), "not part of the site");
        return site;
    }

    private static HttpResponse<byte[]> get(SiteServer server, String path, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesTheSiteGzippedOnLoopbackOnly() throws Exception {
        try (SiteServer server = SiteServer.start(site(), 0)) {
            HttpResponse<byte[]> home = get(server, "", false);
            assertEquals(200, home.statusCode());
            assertTrue(new String(home.body(), StandardCharsets.UTF_8).contains("<title>home</title>"), "a folder serves its index.html");
            assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());

            HttpResponse<byte[]> index = get(server, "search/index.json", true);
            assertEquals("gzip", index.headers().firstValue("Content-Encoding").orElseThrow());
            String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(index.body())).readAllBytes(), StandardCharsets.UTF_8);
            assertEquals("{\"format\":1}".repeat(50), unzipped);
            assertTrue(index.body().length < unzipped.length(), "compressed as served");

            assertTrue(server.url("").startsWith("http://127.0.0.1:"));
            try (Socket probe = new Socket("127.0.0.1", server.port())) {
                assertTrue(probe.isConnected());
            }
        }
    }

    @Test
    void refusesPathsOutsideTheSiteAndMissingFiles() throws Exception {
        try (SiteServer server = SiteServer.start(site(), 0)) {
            assertEquals(404, get(server, "missing.html", false).statusCode());
            assertEquals(404, get(server, "../secret.txt", false).statusCode());
            assertEquals(404, get(server, "%2e%2e/secret.txt", false).statusCode());
            assertEquals(404, get(server, "search/../../secret.txt", false).statusCode());
            Files.createSymbolicLink(server.root().resolve("link.txt"), dir.resolve("secret.txt"));
            HttpResponse<byte[]> linked = get(server, "link.txt", false);
            assertEquals(404, linked.statusCode(), "a symbolic link out of the site is not followed");
            assertFalse(new String(linked.body(), StandardCharsets.UTF_8).contains("not part"));
        }
    }
}
