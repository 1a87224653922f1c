package dev.playbook.cli;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/deploy.md and the GitHub workflow {@code playbook new} writes: the YAML parses, the workflow in the docs is
 * the one the scaffold writes, and every {@code java -jar} line is a Playbook command with options that exist.
 * The nginx recipe is served for real where nginx is installed.
 */
class DeployRecipesTest {

    private static final Path DEPLOY = Path.of("..", "docs", "deploy.md");
    private static final Pattern FENCE = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    private static List<String[]> blocks() throws IOException {
        List<String[]> blocks = new ArrayList<>();
        Matcher fence = FENCE.matcher(Files.readString(DEPLOY));
        while (fence.find()) {
            blocks.add(new String[] {fence.group(1), fence.group(2)});
        }
        return blocks;
    }

    private static String workflow() throws IOException {
        try (InputStream in = DeployRecipesTest.class.getClassLoader().getResourceAsStream("dev/playbook/scaffold/github/workflows/playbook.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theWorkflowChecksPullRequestsAndPublishesTagsToPages() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> flow = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(workflow());
        @SuppressWarnings("unchecked")
        Map<String, Object> on = (Map<String, Object>) flow.get("on");
        assertTrue(on.containsKey("pull_request"));
        assertEquals(Map.of("tags", List.of("v*")), on.get("push"));
        String text = workflow();
        assertTrue(text.contains("--format github") && text.contains("--format sarif") && text.contains("upload-sarif"), "check with annotations and SARIF");
        assertTrue(text.contains("build --versions 'v*'") && text.contains("actions/deploy-pages"), "build every version and deploy");
        assertTrue(blocks().stream().anyMatch(b -> b[0].equals("yaml") && b[1].equals(text)), "docs/deploy.md shows the workflow playbook new writes");
    }

    @Test
    void everyYamlRecipeParses() throws IOException {
        for (String[] block : blocks()) {
            if (block[0].equals("yaml")) {
                assertTrue(new Load(LoadSettings.builder().build()).loadFromString(block[1]) instanceof Map, block[1]);
            }
        }
    }

    @Test
    void everyCommandInTheRecipesIsOneThatExists() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String[] block : blocks()) {
            block[1].lines().filter(line -> line.contains("java -jar")).forEach(lines::add);
        }
        workflow().lines().filter(line -> line.contains("java -jar")).forEach(lines::add);
        assertTrue(lines.size() >= 5, lines.toString());
        for (String line : lines) {
            List<String> words = shellWords(line.substring(line.indexOf("java -jar")));
            String[] args = words.subList(3, words.size()).toArray(String[]::new); // after: java -jar JAR
            CommandLine.ParseResult parsed = new CommandLine(new PlaybookCommand()).parseArgs(args);
            assertTrue(parsed.hasSubcommand(), line);
            assertTrue(parsed.subcommand().unmatched().isEmpty(), line);
        }
    }

    /** Words as a POSIX shell splits them, for the quoting these recipes use ('...' and "..."); variables stay as written. */
    private static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.strip().toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '#' && !inWord) {
                break;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    @Test
    void theNginxRecipeServesTheSiteCompressedWithItsCacheHeadersAndItsNotFoundPage() throws Exception {
        Path nginx = Path.of("/usr/sbin/nginx");
        Assumptions.assumeTrue(Files.isExecutable(nginx), "nginx recipe not served: no " + nginx + " (apt-get install -y nginx-light)");
        Path site = dir.resolve("site");
        Report report = new Generator().build(new BuildRequest(Path.of("..", "content"), site, Optional.empty(), TestPlaybook.SAMPLE_TODAY));
        assertFalse(report.hasErrors(), report.problems().toString());
        String server = blocks().stream().filter(b -> b[0].equals("nginx")).findFirst().orElseThrow()[1];
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String served = server.replace("listen 80;", "listen 127.0.0.1:" + port + ";")
                .replace("root /srv/playbook;", "root " + site.toAbsolutePath() + ";");
        assertFalse(served.equals(server), "the recipe's listen and root lines are where this test expects them");
        Path prefix = Files.createDirectories(dir.resolve("nginx"));
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, """
                daemon off;
                worker_processes 1;
                pid %s/nginx.pid;
                error_log %s/error.log;
                %s
                events { worker_connections 64; }
                http {
                    include /etc/nginx/mime.types;
                    default_type application/octet-stream;
                    access_log off;
                    client_body_temp_path %s; proxy_temp_path %s; fastcgi_temp_path %s; uwsgi_temp_path %s; scgi_temp_path %s;
                %s
                }
                """.formatted(prefix, prefix, "root".equals(System.getProperty("user.name")) ? "user root;" : "",
                prefix, prefix, prefix, prefix, prefix, served));
        Process check = new ProcessBuilder(nginx.toString(), "-t", "-p", prefix.toString(), "-c", conf.toString()).redirectErrorStream(true).start();
        String checked = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, check.waitFor(), checked);
        Process process = new ProcessBuilder(nginx.toString(), "-p", prefix.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("out.log").toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + port + "/";
            HttpResponse<byte[]> page = null;
            for (int attempt = 0; attempt < 50 && page == null; attempt++) {
                try {
                    page = http.send(HttpRequest.newBuilder(URI.create(base + "team/sales-process.html")).header("Accept-Encoding", "gzip").build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                } catch (java.net.ConnectException starting) {
                    Thread.sleep(100);
                }
            }
            assertTrue(page != null, "nginx did not start: " + Files.readString(prefix.resolve("out.log")));
            assertEquals(200, page.statusCode());
            assertEquals(Optional.of("gzip"), page.headers().firstValue("Content-Encoding"));
            assertEquals(Optional.of("no-cache"), page.headers().firstValue("Cache-Control"));
            HttpResponse<byte[]> css = http.send(HttpRequest.newBuilder(URI.create(base + "assets/playbook.css")).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(Optional.of("gzip"), css.headers().firstValue("Content-Encoding"));
            assertEquals(Optional.of("public, max-age=86400"), css.headers().firstValue("Cache-Control"));
            HttpResponse<byte[]> index = http.send(HttpRequest.newBuilder(URI.create(base + "search/pages.json")).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(Optional.of("gzip"), index.headers().firstValue("Content-Encoding"), "the search index is compressed too");
            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(base + "team/no-such-page.html")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("Page not found"), "the site's own 404 page");
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + ".playbook-site")).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
