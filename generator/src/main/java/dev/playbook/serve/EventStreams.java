package dev.playbook.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The open Server-Sent Events streams of the live preview, and the state a newly opened one starts from.
 * Each stream has its own thread and queue, so the server's workers never wait on a page, a page that
 * stops reading is dropped instead of holding up the others, and a comment every {@code heartbeat} makes
 * a write fail on a connection whose page is gone.
 * <p>Events, each one JSON line:
 * <ul>
 * <li>{@code state} first on every stream: {@code {"version", "problems"}}; a page served at another
 * version reloads, so no rebuild is missed between loading a page and opening its stream</li>
 * <li>{@code reload}: {@code {"version", "paths", "stylesOnly"}}</li>
 * <li>{@code problems}: {@code {"problems": [{"location", "severity", "rule", "message", "hint", "excerpt"}]}},
 * {@code hint} and {@code excerpt} (the lines of {@code Excerpt.render()}) {@code null} when there are none</li>
 * </ul>
 */
final class EventStreams implements AutoCloseable {

    /** Open pages at most; a browser keeps one stream per tab. */
    static final int MAX_STREAMS = 64;
    /** Messages a page may fall behind by before it is dropped (it reconnects and gets the state). */
    private static final int BACKLOG = 64;

    private final Duration heartbeat;
    /** This server's run, so a page served by an earlier run reloads when it reconnects. */
    private final String run = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger opened = new AtomicInteger();
    private final Object lock = new Object();
    private long generation;                         // guarded by lock
    private List<OverlayProblem> problems = List.of(); // guarded by lock
    private volatile boolean closed;

    EventStreams(Duration heartbeat) {
        this.heartbeat = heartbeat;
    }

    /** The site's version now: it changes with every {@link LiveEvent.Reload}; served pages carry it. */
    String version() {
        synchronized (lock) {
            return run + "-" + generation;
        }
    }

    int size() {
        return open.size();
    }

    void publish(LiveEvent event) {
        synchronized (lock) {
            String message;
            if (event instanceof LiveEvent.Reload reload) {
                generation++;
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("version", run + "-" + generation);
                data.put("paths", new TreeSet<>(reload.changedPaths()));
                data.put("stylesOnly", reload.stylesOnly());
                message = event("reload", data);
            } else {
                problems = ((LiveEvent.Problems) event).problems();
                message = event("problems", Map.of("problems", problemsData()));
            }
            for (Stream stream : open) {
                stream.offer(message);
            }
        }
    }

    /**
     * Answers {@code exchange} with a stream that starts with the current state; false when too many are
     * open. The caller does not close the exchange: the stream's thread does, when it ends.
     */
    boolean open(HttpExchange exchange) throws IOException {
        if (closed || open.size() >= MAX_STREAMS) {
            return false;
        }
        Stream stream = new Stream(exchange);
        // registered before the page learns the stream is open, so it misses nothing published after that
        synchronized (lock) {
            // a page that lost its stream tries again after a second, not the default three
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("version", run + "-" + generation);
            state.put("problems", problemsData());
            stream.offer("retry: 1000\n\n" + event("state", state));
            open.add(stream);
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        try {
            exchange.sendResponseHeaders(200, 0);
        } catch (IOException e) {
            open.remove(stream);
            throw e;
        }
        Thread thread = new Thread(stream::run, "playbook-live-" + opened.incrementAndGet());
        thread.setDaemon(true);
        stream.thread = thread;
        thread.start();
        return true;
    }

    @Override
    public void close() {
        closed = true;
        for (Stream stream : new ArrayList<>(open)) {
            stream.close();
        }
    }

    private List<Map<String, Object>> problemsData() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (OverlayProblem problem : problems) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("location", problem.location());
            item.put("severity", problem.severity());
            item.put("rule", problem.rule());
            item.put("message", problem.message());
            item.put("hint", problem.hint().orElse(null));
            item.put("excerpt", problem.excerpt().map(excerpt -> excerpt.render()).orElse(null));
            list.add(item);
        }
        return list;
    }

    /** One event: compact JSON has no raw line breaks, so the data is one line. */
    private static String event(String name, Object data) {
        try {
            return "event: " + name + "\ndata: " + JSON.writeValueAsString(data) + "\n\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("maps of strings, lists and booleans always serialize", e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final class Stream {

        private final HttpExchange exchange;
        private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(BACKLOG);
        private volatile boolean ended;
        private volatile Thread thread;

        Stream(HttpExchange exchange) {
            this.exchange = exchange;
        }

        void offer(String message) {
            if (!queue.offer(message)) {
                close(); // it has stopped reading; it gets the whole state when it reconnects
            }
        }

        void run() {
            try {
                OutputStream out = exchange.getResponseBody();
                while (!ended) {
                    String message = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                    if (ended) {
                        break;
                    }
                    out.write((message == null ? ": heartbeat\n\n" : message).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the page went away, or the server is closing: either way this stream is over
            } finally {
                ended = true;
                open.remove(this);
                exchange.close();
            }
        }

        void close() {
            ended = true;
            open.remove(this);
            Thread running = thread;
            if (running != null) {
                running.interrupt();
            }
        }
    }
}
