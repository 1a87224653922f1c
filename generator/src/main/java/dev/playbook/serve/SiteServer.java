package dev.playbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A static host for a built site on this machine: {@code playbook serve}, the browser tests and the
 * search benchmark use it. Search fetches its index with {@code fetch()}, which browsers refuse for
 * {@code file://} pages, so a site is read over HTTP. It binds to the loopback address only, serves
 * files inside the site folder only (no listings, no {@code ..}, no symbolic links out), and gzips text
 * for browsers that accept it, as static hosts do, so transfer sizes are the ones readers get.
 */
public final class SiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "json", "application/json", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg",
            "txt", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final Path root;
    /** Compressed bodies, as a static host keeps them, keyed by file, modification time and size. */
    private final Map<String, byte[]> compressed = new java.util.concurrent.ConcurrentHashMap<>();

    private SiteServer(Path site, int port) throws IOException {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, every small
        // response then waits ~40 ms for a delayed ACK, which would be the server's slowness, not the site's.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        this.root = site.toRealPath();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.createContext("/", this::serve);
        server.setExecutor(workers);
        server.start();
    }

    /** Serves {@code site} on 127.0.0.1; port 0 picks a free one. */
    public static SiteServer start(Path site, int port) {
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new ServeException("no site in " + site + ": there is no index.html",
                    "build it first, or name the built site's folder with {out}");
        }
        try {
            return new SiteServer(site, port);
        } catch (IOException e) {
            throw new ServeException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(),
                    "another program may use the port; choose another with {port}");
        }
    }

    /** The site folder served (its real path). */
    public Path root() {
        return root;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The URL of {@code path}, relative to the site root (it may carry a query). */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + "/" + path;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Path file = resolve(URI.create(exchange.getRequestURI().getRawPath()).getPath());
            if (file == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body;
            String type = typeOf(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (accepted != null && accepted.contains("gzip") && isText(type)) {
                body = compressed(file);
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            } else {
                body = Files.readAllBytes(file);
            }
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** The file a request path names, or null when there is none inside the site. */
    private Path resolve(String path) throws IOException {
        if (path == null || !path.startsWith("/")) {
            return null;
        }
        Path file = root.resolve(path.substring(1)).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!file.startsWith(root) || !Files.isRegularFile(file) || !file.toRealPath().startsWith(root)) {
            return null;
        }
        return file;
    }

    /**
     * Compresses every text file of the site ahead of the first request, as a host that keeps compressed
     * copies does (a CDN, nginx's gzip_static); benchmarks use it so that they time the site, not gzip.
     */
    public void precompress() {
        try (java.util.stream.Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (isText(typeOf(file))) {
                    compressed(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        return TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    }

    /** Types worth compressing: text; images other than SVG are compressed already. */
    private static boolean isText(String type) {
        return type.startsWith("text/") || type.startsWith("application/json") || type.startsWith("image/svg");
    }

    private byte[] compressed(Path file) throws IOException {
        String key = file + "|" + Files.getLastModifiedTime(file).toMillis() + "|" + Files.size(file);
        byte[] body = compressed.get(key);
        if (body == null) {
            body = gzip(Files.readAllBytes(file));
            compressed.put(key, body);
        }
        return body;
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
        workers.awaitTermination(Long.MAX_VALUE, java.util.concurrent.TimeUnit.DAYS);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
