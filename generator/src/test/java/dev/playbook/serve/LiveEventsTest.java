package dev.playbook.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.model.Excerpt;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.model.RuleId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live preview's event stream, read line by line as Server-Sent Events with a plain HTTP client. */
class LiveEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration HEARTBEAT = Duration.ofMillis(200);

    private SiteServer server;
    private final List<EventReader> readers = new ArrayList<>();

    @BeforeEach
    void start() {
        server = SiteServer.start(new MemorySite(Map.of("index.html", "<p>home</p>".getBytes(StandardCharsets.UTF_8))),
                ServerOptions.livePreview(0), HEARTBEAT);
    }

    @AfterEach
    void stop() {
        readers.forEach(EventReader::close);
        server.close();
    }

    /** One Server-Sent Event: its name and data; a comment is named ":". */
    record Event(String name, String data) {

        JsonNode json() throws IOException {
            return JSON.readTree(data);
        }
    }

    /** Reads a stream's events on its own thread, so a test can wait for the next one with a timeout. */
    final class EventReader implements AutoCloseable {

        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final InputStream body;
        private final Thread thread;

        EventReader() throws Exception {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url("_playbook/events"))).build(), HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
            body = response.body();
            thread = new Thread(this::read, "test-event-reader");
            thread.setDaemon(true);
            thread.start();
            readers.add(this);
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String name = "message";
                StringBuilder data = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith(":")) {
                        events.add(new Event(":", line.substring(1).trim()));
                    } else if (line.startsWith("event: ")) {
                        name = line.substring("event: ".length());
                    } else if (line.startsWith("data: ")) {
                        data.append(line.substring("data: ".length()));
                    } else if (line.isEmpty() && data.length() > 0) {
                        events.add(new Event(name, data.toString()));
                        name = "message";
                        data.setLength(0);
                    }
                }
            } catch (IOException e) {
                // closed
            }
        }

        /** The next event that is not a heartbeat. */
        Event next() throws InterruptedException {
            while (true) {
                Event event = events.poll(5, TimeUnit.SECONDS);
                assertNotNull(event, "no event within 5 s");
                if (!event.name().equals(":")) {
                    return event;
                }
            }
        }

        Event nextComment() throws InterruptedException {
            while (true) {
                Event event = events.poll(5, TimeUnit.SECONDS);
                assertNotNull(event, "no heartbeat within 5 s");
                if (event.name().equals(":")) {
                    return event;
                }
            }
        }

        @Override
        public void close() {
            try {
                body.close();
            } catch (IOException e) {
                // already closed
            }
            thread.interrupt();
        }
    }

    private static OverlayProblem problem(String message) {
        Position position = new Position("team/qualification.yaml", 3, 12);
        String source = "stages:\n  - id: discovery\n    owner: nobody\n    name: Discovery\n";
        return OverlayProblem.of(Problem.error(RuleId.REF_ROLE, position, message, "name a role from team/roles.yaml"),
                "content/", Excerpt.of(source, position));
    }

    @Test
    void aNewStreamStartsWithTheCurrentProblems() throws Exception {
        server.publish(new LiveEvent.Problems(List.of(problem("owner \"nobody\" is not a role"))));
        EventReader reader = new EventReader();
        Event state = reader.next();
        assertEquals("state", state.name());
        JsonNode problem = state.json().get("problems").get(0);
        assertEquals("content/team/qualification.yaml:3:12", problem.get("location").asText());
        assertEquals("error", problem.get("severity").asText());
        assertEquals(RuleId.REF_ROLE.id(), problem.get("rule").asText());
        assertEquals("owner \"nobody\" is not a role", problem.get("message").asText());
        assertEquals("name a role from team/roles.yaml", problem.get("hint").asText());
        List<String> excerpt = new ArrayList<>();
        problem.get("excerpt").forEach(line -> excerpt.add(line.asText()));
        assertEquals(List.of(
                "  1 | stages:",
                "  2 |   - id: discovery",
                "> 3 |     owner: nobody",
                "    |            ^",
                "  4 |     name: Discovery"), excerpt);
        assertTrue(state.json().get("version").asText().length() > 2);
    }

    @Test
    void aCleanBuildIsAnEmptyListOfProblems() throws Exception {
        EventReader reader = new EventReader();
        assertEquals(0, reader.next().json().get("problems").size(), "clean from the start");
        server.publish(new LiveEvent.Problems(List.of(problem("broken"))));
        Event broken = reader.next();
        assertEquals("problems", broken.name());
        assertEquals(1, broken.json().get("problems").size());
        server.publish(LiveEvent.Problems.none());
        Event fixed = reader.next();
        assertEquals("problems", fixed.name());
        assertEquals(0, fixed.json().get("problems").size());
    }

    @Test
    void aReloadReachesEveryOpenStreamWithANewVersion() throws Exception {
        EventReader first = new EventReader();
        EventReader second = new EventReader();
        String before = first.next().json().get("version").asText();
        second.next();
        server.publish(LiveEvent.Reload.of(Set.of("team/roles.html", "assets/playbook.css")));
        for (EventReader reader : List.of(first, second)) {
            Event reload = reader.next();
            assertEquals("reload", reload.name());
            JsonNode data = reload.json();
            assertEquals("[\"assets/playbook.css\",\"team/roles.html\"]", data.get("paths").toString(), "sorted");
            assertEquals(false, data.get("stylesOnly").asBoolean());
            assertNotEquals(before, data.get("version").asText());
        }
        server.publish(LiveEvent.Reload.of(Set.of("assets/playbook.css")));
        assertEquals(true, first.next().json().get("stylesOnly").asBoolean());
    }

    @Test
    void servedPagesCarryTheVersionTheStreamStartsFrom() throws Exception {
        server.publish(LiveEvent.Reload.of(Set.of("index.html")));
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(""))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String version = new EventReader().next().json().get("version").asText();
        assertTrue(page.contains("data-version=\"" + version + "\""), page);
    }

    @Test
    void userTextStaysOneJsonLine() throws Exception {
        String nasty = "line one\nline two\r\n\"quoted\" \\ </script><img src=x onerror=alert(1)> \u2028 \u0007";
        server.publish(new LiveEvent.Problems(List.of(problem(nasty))));
        Event state = new EventReader().next();
        assertEquals(nasty, state.json().get("problems").get(0).get("message").asText());
    }

    @Test
    void aHeartbeatKeepsTheStreamCheckedWhileNothingHappens() throws Exception {
        EventReader reader = new EventReader();
        reader.next();
        assertEquals("heartbeat", reader.nextComment().data());
    }

    @Test
    void aPageThatGoesAwayIsDroppedAndTheOthersCarryOn() throws Exception {
        EventReader staying = new EventReader();
        staying.next();
        try (Socket leaving = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            leaving.getOutputStream().write(("GET /_playbook/events HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            SiteServerTest.readUntil(leaving.getInputStream(), "event: state");
            assertEquals(2, server.openStreams());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (server.openStreams() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(50); // the heartbeat's write fails on the closed connection
        }
        assertEquals(1, server.openStreams(), "the closed stream is noticed and dropped");
        server.publish(LiveEvent.Reload.of(Set.of()));
        assertEquals("reload", staying.next().name());
    }

    @Test
    void openStreamsHoldNoWorkerThread() throws Exception {
        for (int i = 0; i < 12; i++) { // more than the server's workers
            new EventReader().next();
        }
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.url("index.html"))).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertEquals(12, server.openStreams());
    }

    @Test
    void closingTheServerEndsEveryStream() throws Exception {
        EventReader reader = new EventReader();
        reader.next();
        server.close();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (reader.thread.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(false, reader.thread.isAlive(), "the stream ended");
        assertEquals(0, server.openStreams());
    }

    @Test
    void aStylesOnlyReloadNamesStylesheetsOnly() {
        assertEquals(new LiveEvent.Reload(Set.of("assets/a.css", "b.CSS"), true), LiveEvent.Reload.of(Set.of("assets/a.css", "b.CSS")));
        assertEquals(false, LiveEvent.Reload.of(Set.of("assets/a.css", "index.html")).stylesOnly());
        assertEquals(false, LiveEvent.Reload.of(Set.of()).stylesOnly(), "nothing named: possibly everything");
        assertThrows(IllegalArgumentException.class, () -> new LiveEvent.Reload(Set.of("index.html"), true));
    }

    @Test
    void anOverlayProblemSaysWhereAsEveryReportDoes() {
        OverlayProblem problem = OverlayProblem.of(
                Problem.warning(RuleId.REF_ROLE, new Position("team/x.yaml", 3, 5), "m", Optional.empty()), "content/", Optional.empty());
        assertEquals("content/team/x.yaml:3:5", problem.location());
        assertEquals("warning", problem.severity());
        assertEquals(Optional.empty(), problem.hint());
    }
}
