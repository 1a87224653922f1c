package dev.playbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A static host on this machine for a built site ({@code playbook serve}, the browser tests, the search
 * benchmark) or for the live preview's site in memory. Search fetches its index with {@code fetch()}, which
 * browsers refuse for {@code file://} pages, so a site is read over HTTP.
 * <p>Safe to leave running: it binds to the loopback address unless told otherwise; answers only requests
 * that name it as {@code localhost}, 127.0.0.1, {@code [::1]} or its bound address (no DNS rebinding);
 * serves files inside the site only (no listings, no {@code ..} in any encoding, no symbolic links out); and
 * closes a connection that has not sent its request within {@link #REQUEST_SECONDS}. It gzips text for
 * browsers that accept it, as static hosts do, so transfer sizes are the ones readers get.
 * <p>Live ({@link ServerOptions#live()}): HTML responses carry the live-reload script, and
 * {@code /_playbook/events} streams {@link #publish published} rebuilds and problems to open pages.
 */
public final class SiteServer implements AutoCloseable {

    /** Seconds a connection has to send its request line and headers before it is closed. */
    static final int REQUEST_SECONDS = 5;
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** Paths under this prefix are the live preview's own when live; a site never has them. */
    static final String RESERVED = "_playbook/";
    static final String EVENTS_PATH = RESERVED + "events";

    static {
        // The JDK server reads these once, when its first server is made; a user's own setting wins.
        // Without nodelay, every small response waits ~40 ms for a delayed ACK (headers and body are written
        // separately), which would be the server's slowness, not the site's. Without maxReqTime, a connection
        // that sends part of a request and then nothing holds a worker for good; waiting responses (the event
        // streams) are left alone, as maxRspTime stays unset.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
        }
    }

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(8);
    private final SiteFiles files;
    private final ServerOptions options;
    private final AllowedHosts hosts;
    private final EventStreams streams;
    private final byte[] liveScript;
    /** Compressed bodies, as a static host keeps them, by path, with the bytes they were made from. */
    private final Map<String, Compressed> compressed = new ConcurrentHashMap<>();

    private record Compressed(byte[] source, byte[] gzip) {
    }

    private SiteServer(SiteFiles files, ServerOptions options, Duration heartbeat) throws IOException {
        this.files = files;
        this.options = options;
        this.hosts = new AllowedHosts(options.bind());
        this.streams = new EventStreams(heartbeat);
        this.liveScript = options.live() ? resource("live.js") : new byte[0];
        this.server = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 64);
        server.createContext("/", this::handle);
        server.setExecutor(workers);
        server.start();
    }

    /** Serves the built site in {@code site} on 127.0.0.1; port 0 picks a free one. */
    public static SiteServer start(Path site, int port) {
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new ServeException("no site in " + site + ": there is no index.html",
                    "build it first, or name the built site's folder with {out}");
        }
        return start(SiteFiles.folder(site), ServerOptions.loopback(port));
    }

    /** Serves {@code files} as {@code options} say, until {@link #close() closed}. */
    public static SiteServer start(SiteFiles files, ServerOptions options) {
        return start(files, options, HEARTBEAT);
    }

    static SiteServer start(SiteFiles files, ServerOptions options, Duration heartbeat) {
        try {
            return new SiteServer(files, options, heartbeat);
        } catch (IOException e) {
            String where = host(options.bind()) + ":" + options.port();
            if (!isAddressOfThisMachine(options.bind())) {
                throw new ServeException("cannot listen on " + host(options.bind()) + ": it is not an address of this machine",
                        "name one of this machine's addresses with {bind}, or leave {bind} out to serve on 127.0.0.1 only");
            }
            throw new ServeException("cannot listen on " + where + ": " + e.getMessage(),
                    "another program may use the port; choose another with {port}");
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public ServerOptions options() {
        return options;
    }

    /** The URL of {@code path}, relative to the site root (it may carry a query), as this machine's browser opens it. */
    public String url(String path) {
        InetAddress bind = options.bind();
        String host = bind.isAnyLocalAddress() || bind.isLoopbackAddress() ? host(InetAddress.getLoopbackAddress()) : host(bind);
        return "http://" + host + ":" + port() + "/" + path;
    }

    /** What to tell the user when the site is readable beyond this machine ({@code {bind}} named another address). */
    public Optional<String> exposureWarning() {
        if (options.isLoopback()) {
            return Optional.empty();
        }
        String where = options.bind().isAnyLocalAddress() ? "this machine" : host(options.bind());
        return Optional.of("the playbook is readable on the network: anyone who can reach " + where + " on port " + port()
                + " can read it; leave out {bind} to serve on 127.0.0.1 only");
    }

    /**
     * Tells every open page of the live preview: reload, or show these problems. Safe from any thread; a
     * page that opens later starts from the latest problems.
     */
    public void publish(LiveEvent event) {
        streams.publish(java.util.Objects.requireNonNull(event, "event"));
    }

    /** Open event streams (pages of the live preview), for tests. */
    int openStreams() {
        return streams.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean streaming = false;
        try {
            streaming = respond(exchange);
        } catch (RuntimeException e) {
            text(exchange, 500, "the server failed: " + e);
        } finally {
            if (!streaming) {
                exchange.close();
            }
        }
    }

    /** Answers the request; true when it became an event stream that stays open. */
    private boolean respond(HttpExchange exchange) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (!hosts.allowsHost(host)) {
            text(exchange, 403, "this server answers to localhost, 127.0.0.1, [::1] and the address it listens on, not to "
                    + (host == null ? "a request without a Host header" : host));
            return false;
        }
        String method = exchange.getRequestMethod();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            text(exchange, 405, method + " is not served; only GET and HEAD");
            return false;
        }
        Optional<String> requested = RequestPath.of(exchange.getRequestURI().getPath());
        if (requested.isEmpty()) {
            notFound(exchange, exchange.getRequestURI().getRawPath(), head);
            return false;
        }
        String path = requested.get();
        if (options.live() && path.startsWith(RESERVED)) {
            return live(exchange, path, host, head);
        }
        if (path.isEmpty() || path.endsWith("/")) {
            String index = path + "index.html";
            Optional<byte[]> page = files.isFolder(path.isEmpty() ? "" : path.substring(0, path.length() - 1))
                    ? files.read(index) : Optional.empty();
            if (page.isPresent()) {
                send(exchange, index, page.get(), head);
            } else {
                notFound(exchange, exchange.getRequestURI().getRawPath(), head);
            }
            return false;
        }
        Optional<byte[]> file = files.read(path);
        if (file.isPresent()) {
            send(exchange, path, file.get(), head);
        } else if (files.isFolder(path)) {
            // a folder's page links relative to the folder: without the slash, each of its links would miss
            String query = exchange.getRequestURI().getRawQuery();
            exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(301, -1);
        } else {
            notFound(exchange, exchange.getRequestURI().getRawPath(), head);
        }
        return false;
    }

    /** The live preview's own paths: its script and the event stream. */
    private boolean live(HttpExchange exchange, String path, String host, boolean head) throws IOException {
        if (path.equals(LivePage.SCRIPT_PATH)) {
            send(exchange, path, liveScript, head);
            return false;
        }
        if (!path.equals(EVENTS_PATH)) {
            notFound(exchange, exchange.getRequestURI().getRawPath(), head);
            return false;
        }
        if (head) {
            exchange.getResponseHeaders().set("Allow", "GET");
            text(exchange, 405, "the event stream is read with GET");
            return false;
        }
        // a page of another site may not listen in, even on a name that passed the Host check
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (!hosts.allowsOrigin(origin, host)) {
            text(exchange, 403, "the event stream is for pages of this server, not for " + origin);
            return false;
        }
        if (!streams.open(exchange)) {
            text(exchange, 503, "too many pages are open; close some and reload");
            return false;
        }
        return true;
    }

    private void send(HttpExchange exchange, String path, byte[] bytes, boolean head) throws IOException {
        send(exchange, 200, MimeTypes.of(path), path, bytes, head);
    }

    private void notFound(HttpExchange exchange, String rawPath, boolean head) throws IOException {
        String shown = rawPath == null ? "" : rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        send(exchange, 404, MimeTypes.of("404.html"), null, NotFoundPage.html(shown).getBytes(StandardCharsets.UTF_8), head);
    }

    /** A response; {@code path} keys its compressed copy, none for a page made for this one request. */
    private void send(HttpExchange exchange, int status, String type, String path, byte[] bytes, boolean head) throws IOException {
        byte[] body = options.live() && MimeTypes.isHtml(type) ? LivePage.inject(bytes, streams.version()) : bytes;
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-cache");
        headers.set("X-Content-Type-Options", "nosniff");
        if (MimeTypes.isText(type)) {
            headers.set("Vary", "Accept-Encoding");
            String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (accepted != null && accepted.contains("gzip")) {
                body = path == null ? gzip(body) : compressed(path, body);
                headers.set("Content-Encoding", "gzip");
            }
        }
        if (head) {
            headers.set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, exchange.getRequestMethod().equals("HEAD") ? -1 : body.length);
        if (!exchange.getRequestMethod().equals("HEAD")) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * Compresses every text file of the site ahead of the first request, as a host that keeps compressed
     * copies does (a CDN, nginx's gzip_static); benchmarks use it so that they time the site, not gzip.
     */
    public void precompress() {
        List<String> paths = files instanceof FolderSite folder ? folder.paths()
                : files instanceof MemorySite memory ? memory.files().keySet().stream().sorted().toList() : List.of();
        for (String path : paths) {
            if (MimeTypes.isText(MimeTypes.of(path)) && !(options.live() && MimeTypes.isHtml(MimeTypes.of(path)))) {
                files.read(path).ifPresent(bytes -> compressed(path, bytes));
            }
        }
    }

    private byte[] compressed(String path, byte[] source) {
        Compressed kept = compressed.get(path);
        if (kept == null || !Arrays.equals(kept.source(), source)) {
            kept = new Compressed(source, gzip(source));
            compressed.put(path, kept);
        }
        return kept.gzip();
    }

    /** gzip at the best compression, as static hosts precompress or compress on the fly. */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(buffer) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /** Blocks until the process is stopped (for {@code playbook serve}). */
    public void awaitTermination() throws InterruptedException {
        workers.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    }

    @Override
    public void close() {
        streams.close();
        server.stop(0);
        workers.shutdownNow();
    }

    /** An address as a URL writes it: IPv6 in brackets. */
    private static String host(InetAddress address) {
        return address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
    }

    private static boolean isAddressOfThisMachine(InetAddress address) {
        try {
            return address.isAnyLocalAddress() || address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return true; // cannot tell: say what the system said
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("dev/playbook/serve/" + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
