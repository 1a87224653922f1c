package dev.playbook.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of the road in ARCHITECTURE.md, read off the source: each stage depends on {@code model}
 * only, {@code api} only connects stages and does no I/O of its own, and the adapters go through
 * {@code api}. A plain scan of imports and fully qualified names, so no class is loaded.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src", "main", "java", "dev", "playbook");

    /** The pipeline's stages: each is one package that knows {@code model} and nothing else of ours. */
    private static final Set<String> STAGES = Set.of("source", "load", "validate", "markdown", "compute", "rules", "diff",
            "render", "index", "pdf", "publish", "serve", "scaffold", "version");

    /** Who else may use whom, beside {@code model}. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of(),
            "api", STAGES,
            "report", Set.of("api"),
            "cli", Set.of("api", "report", "serve"));

    /**
     * What would mean {@code api} reads, writes, hashes, parses or schedules by itself instead of asking a stage.
     * A parsed page may pass through it (render hands its jsoup reading to index), but it never parses one.
     */
    private static final List<String> NOT_IN_API = List.of("java.nio.file.Files", "java.io.File", "java.io.InputStream",
            "java.io.OutputStream", "java.io.Reader", "java.io.Writer", "java.security", "java.net.Socket", "java.net.ServerSocket",
            "java.net.URL", "java.net.http", "java.util.concurrent.CompletableFuture",
            "com.fasterxml", "org.eclipse.jgit", "freemarker", "org.jsoup.Jsoup", "org.jsoup.parser", "com.vladsch", "org.snakeyaml",
            "com.openhtmltopdf", "org.apache.pdfbox");

    private static final Pattern OURS = Pattern.compile("\\bdev\\.playbook\\.([a-z]+)\\.");

    @Test
    void everyPackageIsAStageOrAnAdapterWeKnow() throws IOException {
        for (String found : packages()) {
            assertTrue(STAGES.contains(found) || ALLOWED.containsKey(found),
                    "dev.playbook." + found + " is new: add it to ARCHITECTURE.md's table and to this test");
        }
    }

    @Test
    void stagesDependOnTheModelOnly() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String from = packageOf(file);
            Set<String> allowed = STAGES.contains(from) ? Set.of() : ALLOWED.getOrDefault(from, Set.of());
            Matcher matcher = OURS.matcher(Files.readString(file));
            while (matcher.find()) {
                String to = matcher.group(1);
                if (!to.equals(from) && !to.equals("model") && !allowed.contains(to)) {
                    violations.add(MAIN.relativize(file) + " uses dev.playbook." + to);
                }
            }
        }
        assertEquals(List.of(), violations.stream().distinct().toList());
    }

    @Test
    void apiOnlyConnectsStages() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            if (!packageOf(file).equals("api")) {
                continue;
            }
            String text = Files.readString(file);
            for (String forbidden : NOT_IN_API) {
                if (text.contains(forbidden)) {
                    violations.add(MAIN.relativize(file) + " uses " + forbidden);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageSaysWhatItOwns() throws IOException {
        for (String found : packages()) {
            assertTrue(Files.isRegularFile(MAIN.resolve(found).resolve("package-info.java")),
                    "dev.playbook." + found + " has no package-info.java saying what it owns and which types are its API");
        }
    }

    private static List<String> packages() throws IOException {
        try (Stream<Path> folders = Files.list(MAIN)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList();
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String packageOf(Path file) {
        return MAIN.relativize(file).getName(0).toString();
    }
}
