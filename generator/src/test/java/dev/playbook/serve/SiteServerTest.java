package dev.playbook.serve;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteServerTest {

    @TempDir
    Path dir;

    private Path site() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("search"));
        Files.createDirectories(site.resolve("team"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>home</title>");
        Files.writeString(site.resolve("team/index.html"), "<!doctype html><title>team</title><body><p>Team</p></body>");
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

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** A response read off a socket: for requests HttpClient will not send (a Host header of our choosing, a backslash). */
    record Raw(int status, Map<String, String> headers, String body) {
    }

    static Raw raw(SiteServer server, String requestLine, String... headers) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String[] head = response.substring(0, end).split("\r\n");
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                fields.put(head[i].substring(0, colon).toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
            }
            return new Raw(Integer.parseInt(head[0].split(" ")[1]), fields, response.substring(end + 4));
        }
    }

    private static String host(SiteServer server) {
        return "Host: 127.0.0.1:" + server.port();
    }

    @Test
    void servesTheSiteGzippedOnLoopbackOnly() throws Exception {
        try (SiteServer server = SiteServer.start(site(), 0)) {
            HttpResponse<byte[]> home = get(server, "", false);
            assertEquals(200, home.statusCode());
            assertTrue(text(home).contains("<title>home</title>"), "a folder serves its index.html");
            assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());

            HttpResponse<byte[]> index = get(server, "search/index.json", true);
            assertEquals("gzip", index.headers().firstValue("Content-Encoding").orElseThrow());
            String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(index.body())).readAllBytes(), StandardCharsets.UTF_8);
            assertEquals("{\"format\":1}".repeat(50), unzipped);
            assertTrue(index.body().length < unzipped.length(), "compressed as served");

            assertTrue(server.url("").startsWith("http://127.0.0.1:"));
            assertEquals(java.util.Optional.empty(), server.exposureWarning());
            try (Socket probe = new Socket("127.0.0.1", server.port())) {
                assertTrue(probe.isConnected());
            }
        }
    }

    @Test
    void refusesTraversalInAnyEncodingAndMissingFiles() throws Exception {
        try (SiteServer server = SiteServer.start(site(), 0)) {
            assertEquals(404, get(server, "missing.html", false).statusCode());
            for (String path : List.of("../secret.txt", "search/../../secret.txt", "%2e%2e/secret.txt", "%2E%2E/secret.txt",
                    "%2e%2e%2fsecret.txt", "search%2f..%2f..%2fsecret.txt", ".%2e/secret.txt", "search/%2e/../../secret.txt")) {
                HttpResponse<byte[]> response = get(server, path, false);
                assertEquals(404, response.statusCode(), path);
                assertFalse(text(response).contains("not part"), path);
            }
        }
    }

    @Test
    void doublyEncodedDotsStayLiteralNames() throws Exception {
        try (SiteServer server = SiteServer.start(site(), 0)) {
            for (String path : List.of("%252e%252e/secret.txt", "%252e%252e%252fsecret.txt", "search/%252e%252e/%252e%252e/secret.txt")) {
                HttpResponse<byte[]> response = get(server, path, false);
                assertEquals(404, response.statusCode(), path);
                assertFalse(text(response).contains("not part"), path);
            }
        }
    }

    @Test
    void refusesBackslashesControlCharactersAndEmptySegments() throws Exception {
        try (SiteServer server = SiteServer.start(site(), 0)) {
            for (String path : List.of("..%5csecret.txt", "search%5c..%5c..%5csecret.txt", "index.html%00.txt", "%2f%2e%2e/secret.txt",
                    "/secret.txt", "search//index.json")) {
                HttpResponse<byte[]> response = get(server, path, false);
                assertEquals(404, response.statusCode(), path);
                assertFalse(text(response).contains("not part"), path);
            }
            // a raw backslash is no valid URI: the JDK server refuses it before we see it
            Raw raw = raw(server, "GET /..\\secret.txt HTTP/1.1", host(server));
            assertTrue(raw.status() == 400 || raw.status() == 404, "status " + raw.status());
            assertFalse(raw.body().contains("not part"));
        }
    }

    @Test
    void doesNotFollowASymbolicLinkOutOfTheSite() throws Exception {
        Path site = site();
        try (SiteServer server = SiteServer.start(site, 0)) {
            Files.createSymbolicLink(site.resolve("link.txt"), dir.resolve("secret.txt"));
            Files.createSymbolicLink(site.resolve("outside"), dir);
            HttpResponse<byte[]> linked = get(server, "link.txt", false);
            assertEquals(404, linked.statusCode(), "a symbolic link out of the site is not followed");
            assertFalse(text(linked).contains("not part"));
            assertEquals(404, get(server, "outside/secret.txt", false).statusCode(), "nor a linked folder");
        }
    }

    @Test
    void answersOnlyToItsOwnNamesAgainstDnsRebinding() throws Exception {
        try (SiteServer server = SiteServer.start(site(), 0)) {
            int port = server.port();
            for (String host : List.of("evil.example", "evil.example:" + port, "localhost.evil.example:" + port, "127.0.0.1.nip.io:" + port,
                    "127.0.0.2:" + port, "[::2]:" + port, "localhost:" + port + "@evil.example", "999.0.0.1:" + port)) {
                Raw refused = raw(server, "GET / HTTP/1.1", "Host: " + host);
                assertEquals(403, refused.status(), host);
                assertFalse(refused.body().contains("<title>home"), host);
            }
            assertEquals(403, raw(server, "GET / HTTP/1.0").status(), "no Host header, no page");
            for (String host : List.of("localhost:" + port, "LOCALHOST:" + port, "127.0.0.1:" + port, "[::1]:" + port, "localhost")) {
                Raw allowed = raw(server, "GET / HTTP/1.1", "Host: " + host);
                assertEquals(200, allowed.status(), host);
                assertTrue(allowed.body().contains("<title>home"), host);
            }
        }
    }

    @Test
    void eventStreamRefusesPagesOfOtherOrigins() throws Exception {
        try (SiteServer server = SiteServer.start(new MemorySite(Map.of("index.html", "<p>home</p>".getBytes(StandardCharsets.UTF_8))),
                ServerOptions.livePreview(0))) {
            String host = "localhost:" + server.port();
            for (String origin : List.of("http://evil.example", "null", "http://localhost:1", "https://" + host, "http://" + host + ".evil.example")) {
                Raw refused = raw(server, "GET /_playbook/events HTTP/1.1", "Host: " + host, "Origin: " + origin);
                assertEquals(403, refused.status(), origin);
                assertFalse(refused.body().contains("event:"), origin);
            }
            // the page's own origin, or none (browsers leave it out of same-origin requests): a stream
            for (String origin : List.of("Origin: http://" + host, "X-No-Origin: 1")) {
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                    socket.setSoTimeout(5_000);
                    socket.getOutputStream().write(("GET /_playbook/events HTTP/1.1\r\nHost: " + host + "\r\n" + origin + "\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    String response = readUntil(socket.getInputStream(), "event: state");
                    assertTrue(response.startsWith("HTTP/1.1 200"), origin + ": " + response);
                    assertTrue(response.toLowerCase(Locale.ROOT).contains("content-type: text/event-stream"), response);
                }
            }
        }
    }

    static String readUntil(InputStream in, String end) throws IOException {
        StringBuilder read = new StringBuilder();
        while (read.indexOf(end) < 0) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            read.append((char) b);
        }
        return read.toString();
    }

    @Test
    void folderUrlsWithoutTrailingSlashRedirect() throws Exception {
        try (SiteServer server = SiteServer.start(site(), 0)) {
            HttpResponse<byte[]> redirect = get(server, "team?tab=roles", false);
            assertEquals(301, redirect.statusCode());
            assertEquals("/team/?tab=roles", redirect.headers().firstValue("Location").orElseThrow());
            HttpResponse<byte[]> folder = get(server, "team/", false);
            assertEquals(200, folder.statusCode());
            assertTrue(text(folder).contains("<title>team</title>"));
            assertEquals(404, get(server, "search/", false).statusCode(), "a folder without index.html is no page, and never a listing");
            assertEquals(404, get(server, "index.html/", false).statusCode(), "a file is no folder");
        }
    }

    @Test
    void knowsTheTypesASiteAndItsAttachmentsUse() throws Exception {
        Path site = site();
        Map<String, String> types = new LinkedHashMap<>();
        types.put("guide.pdf", "application/pdf");
        types.put("logo.svg", "image/svg+xml");
        types.put("photo.webp", "image/webp");
        types.put("photo.avif", "image/avif");
        types.put("photo.JPG", "image/jpeg");
        types.put("font.woff2", "font/woff2");
        types.put("font.woff", "font/woff");
        types.put("favicon.ico", "image/x-icon");
        types.put("app.mjs", "text/javascript; charset=utf-8");
        types.put("site.webmanifest", "application/manifest+json");
        types.put("data.csv", "text/csv; charset=utf-8");
        types.put("clip.mp4", "video/mp4");
        types.put("unknown.xyz", "application/octet-stream");
        types.put("README", "application/octet-stream");
        for (String name : types.keySet()) {
            Files.write(site.resolve(name), new byte[] {1, 2, 3});
        }
        try (SiteServer server = SiteServer.start(site, 0)) {
            for (Map.Entry<String, String> type : types.entrySet()) {
                HttpResponse<byte[]> response = get(server, type.getKey(), false);
                assertEquals(200, response.statusCode(), type.getKey());
                assertEquals(type.getValue(), response.headers().firstValue("Content-Type").orElseThrow(), type.getKey());
                assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow(), type.getKey());
            }
        }
    }

    @Test
    void aConnectionThatSendsNothingOrHalfARequestHoldsUpNoOne() throws Exception {
        try (SiteServer server = SiteServer.start(site(), 0)) {
            List<Socket> silent = new ArrayList<>();
            try (Socket halfARequest = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                for (int i = 0; i < 20; i++) {
                    silent.add(new Socket(InetAddress.getLoopbackAddress(), server.port()));
                }
                halfARequest.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
                halfARequest.getOutputStream().flush();

                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                long start = System.nanoTime();
                HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(server.url(""))).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, home.statusCode());
                assertTrue(System.nanoTime() - start < Duration.ofSeconds(2).toNanos());

                // the server gives up on the half-sent request after its time, and closes the connection
                halfARequest.setSoTimeout((SiteServer.REQUEST_SECONDS + 5) * 1000);
                long waited = System.nanoTime();
                int read;
                try {
                    read = halfARequest.getInputStream().read();
                } catch (SocketException reset) {
                    read = -1;
                }
                assertEquals(-1, read, "closed, not answered");
                assertTrue(System.nanoTime() - waited < Duration.ofSeconds(SiteServer.REQUEST_SECONDS + 4).toNanos());
            } finally {
                for (Socket socket : silent) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void headSendsTheHeadersOfGetWithoutTheBody() throws Exception {
        try (SiteServer server = SiteServer.start(site(), 0)) {
            HttpResponse<byte[]> got = get(server, "search/index.json", false);
            HttpResponse<byte[]> head = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url("search/index.json"))).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, head.statusCode());
            assertEquals(0, head.body().length);
            assertEquals(got.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
            assertEquals(String.valueOf(got.body().length), head.headers().firstValue("Content-Length").orElseThrow());

            Raw missing = raw(server, "HEAD /missing.html HTTP/1.1", host(server));
            assertEquals(404, missing.status());
            assertEquals("", missing.body());
            assertEquals(405, raw(server, "POST / HTTP/1.1", host(server), "Content-Length: 0").status());
        }
    }

    @Test
    void aMissingPathGetsAStyledNotFoundPageWithALinkHome() throws Exception {
        try (SiteServer server = SiteServer.start(site(), 0)) {
            HttpResponse<byte[]> missing = get(server, "team/gone.html?x=%3Cb%3E", false);
            assertEquals(404, missing.statusCode());
            assertEquals("text/html; charset=utf-8", missing.headers().firstValue("Content-Type").orElseThrow());
            Document page = Jsoup.parse(text(missing));
            assertEquals("Page not found", page.selectFirst("h1").text());
            assertEquals("/team/gone.html", page.selectFirst("main code").text());
            assertEquals("/", page.selectFirst("main a").attr("href"));
            assertFalse(page.select("head style").isEmpty(), "styled on its own");
            assertTrue(page.select("script").isEmpty(), "no live script outside the live preview");
        }
    }

    @Test
    void theLivePreviewAddsItsScriptToServedPagesOnly() throws Exception {
        byte[] page = "<!doctype html><title>x</title><body><p>Hi</p></BODY></html>".getBytes(StandardCharsets.UTF_8);
        byte[] fragment = "<p>no body tag</p>".getBytes(StandardCharsets.UTF_8);
        MemorySite site = new MemorySite(Map.of("index.html", page, "team/fragment.html", fragment, "assets/site.css", "p{}".getBytes(StandardCharsets.UTF_8)));
        try (SiteServer live = SiteServer.start(site, ServerOptions.livePreview(0))) {
            Document served = Jsoup.parse(text(get(live, "", false)));
            assertEquals("/_playbook/live.js", served.selectFirst("body > script:last-child").attr("src"), served.outerHtml());
            assertTrue(served.selectFirst("body > script").hasAttr("defer"));
            assertTrue(text(get(live, "team/fragment.html", false)).endsWith("defer></script>"), "no </body>: at the end");
            Document missing = Jsoup.parse(text(get(live, "gone.html", false)));
            assertEquals(1, missing.select("script[src=\"/_playbook/live.js\"]").size(), "a deleted page's 404 keeps listening");
            assertEquals("p{}", text(get(live, "assets/site.css", false)), "only HTML");
            HttpResponse<byte[]> script = get(live, "_playbook/live.js", false);
            assertEquals(200, script.statusCode());
            assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(text(script).contains("EventSource"));
            assertArrayEquals("<!doctype html><title>x</title><body><p>Hi</p></BODY></html>".getBytes(StandardCharsets.UTF_8),
                    site.read("index.html").orElseThrow(), "the site itself is never changed");
        }
        try (SiteServer built = SiteServer.start(site, ServerOptions.loopback(0))) {
            assertArrayEquals(page, get(built, "", false).body(), "a built site is served as it is");
            assertEquals(404, get(built, "_playbook/live.js", false).statusCode());
            assertEquals(404, get(built, "_playbook/events", false).statusCode());
        }
    }

    @Test
    void aMemorySiteIsSwappedWhole() throws Exception {
        MemorySite site = new MemorySite();
        try (SiteServer server = SiteServer.start(site, ServerOptions.loopback(0))) {
            assertEquals(404, get(server, "", false).statusCode(), "nothing built yet");
            site.replace(Map.of("index.html", bytes("one"), "team/roles.html", bytes("roles")));
            assertEquals("one", text(get(server, "", false)));
            assertEquals(301, get(server, "team", false).statusCode());
            site.replace(Map.of("index.html", bytes("two")));
            assertEquals("two", text(get(server, "index.html", false)));
            assertEquals(404, get(server, "team/roles.html", false).statusCode(), "a page left out is gone");
            assertEquals(404, get(server, "team", false).statusCode(), "and so is its folder");
        }
        assertThrows(IllegalArgumentException.class, () -> site.replace(Map.of("../x.html", bytes("x"))));
        assertThrows(IllegalArgumentException.class, () -> site.replace(Map.of("/x.html", bytes("x"))));
        assertThrows(IllegalArgumentException.class, () -> site.replace(Map.of("a\\x.html", bytes("x"))));
        assertEquals("two", new String(site.read("index.html").orElseThrow(), StandardCharsets.UTF_8), "a refused snapshot changes nothing");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void bindingBeyondLoopbackWarnsAndAnUnknownAddressIsRefused() throws Exception {
        try (SiteServer server = SiteServer.start(SiteFiles.folder(site()), new ServerOptions(InetAddress.getByName("0.0.0.0"), 0, false))) {
            String warning = server.exposureWarning().orElseThrow();
            assertTrue(warning.contains("readable on the network") && warning.contains("{bind}"), warning);
            assertTrue(server.url("").startsWith("http://127.0.0.1:"), "this machine's browser still opens it on loopback");
            assertEquals(200, raw(server, "GET / HTTP/1.1", host(server)).status());
        }
        ServeException unknown = assertThrows(ServeException.class,
                () -> SiteServer.start(SiteFiles.folder(site()), new ServerOptions(InetAddress.getByName("203.0.113.7"), 0, false)));
        assertEquals("cannot listen on 203.0.113.7: it is not an address of this machine", unknown.getMessage());
        assertTrue(unknown.hint().contains("{bind}"), unknown.hint());
        ServeException port = assertThrows(ServeException.class, () -> ServerOptions.loopback(70_000));
        assertTrue(port.hint().contains("{port}"), port.hint());
    }

    @Test
    void aTakenPortSaysToChooseAnother() throws Exception {
        try (SiteServer first = SiteServer.start(site(), 0)) {
            ServeException taken = assertThrows(ServeException.class, () -> SiteServer.start(site(), first.port()));
            assertTrue(taken.getMessage().startsWith("cannot listen on 127.0.0.1:" + first.port()), taken.getMessage());
            assertEquals("another program may use the port; choose another with {port}", taken.hint());
        }
    }

    @Test
    void aFolderWithoutASiteIsRefused() {
        ServeException none = assertThrows(ServeException.class, () -> SiteServer.start(dir.resolve("nothing"), 0));
        assertTrue(none.hint().contains("{out}"), none.hint());
        assertThrows(ServeException.class, () -> SiteFiles.folder(dir.resolve("nothing")));
    }

    @Test
    void theCompressedCopyFollowsTheBytes() throws Exception {
        MemorySite site = new MemorySite(Map.of("index.html", bytes("first ".repeat(100))));
        try (SiteServer server = SiteServer.start(site, ServerOptions.loopback(0))) {
            server.precompress();
            assertEquals("first ".repeat(100), gunzip(get(server, "", true).body()));
            site.replace(Map.of("index.html", bytes("second ".repeat(100))));
            assertEquals("second ".repeat(100), gunzip(get(server, "", true).body()), "a stale compressed copy is never served");
        }
    }

    private static String gunzip(byte[] body) throws IOException {
        return new String(new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes(), StandardCharsets.UTF_8);
    }
}
