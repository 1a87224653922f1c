package dev.playbook.cli;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The distribution as a user gets it: {@code playbook-VERSION.zip} unpacked into a folder whose path has a
 * space in it, run through {@code bin/playbook}. Runs after {@code package} (failsafe), on the zip just made.
 */
class DistributionIT {

    @TempDir
    static Path work;

    static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "bin/playbook is a POSIX shell script");
        Path zip = Path.of(System.getProperty("playbook.distribution", "target/playbook-missing.zip"));
        assertTrue(Files.isRegularFile(zip), "no distribution at " + zip + ": run through Maven (mvn verify)");
        Path into = Files.createDirectories(work.resolve("my tools"));
        if (onPath("unzip")) {
            // the way a user unpacks it; unzip also restores bin/playbook's executable mode from the zip
            assertEquals(0, new ProcessBuilder("unzip", "-q", zip.toString(), "-d", into.toString())
                    .inheritIO().start().waitFor());
        } else {
            unzipWithJava(zip, into);
        }
        try (var tops = Files.list(into)) {
            home = tops.findFirst().orElseThrow();
        }
        assertTrue(home.getFileName().toString().startsWith("playbook-"), "one top folder playbook-VERSION: " + home);
    }

    @Test
    void versionNamesTheBuiltVersion() throws Exception {
        Run run = playbook("--version");
        assertEquals(0, run.exit, run.err);
        assertTrue(run.out.startsWith("playbook " + home.getFileName().toString().substring("playbook-".length())), run.out);
    }

    @Test
    void playbookJavaOptsAddsOptionsAndMayChooseAnotherCollector() throws Exception {
        Run run = run(List.of(home.resolve("bin").resolve("playbook").toString(), "--version"),
                Map.of("PLAYBOOK_JAVA_OPTS", "-XX:+UseParallelGC -Xmx1g"));
        assertEquals(0, run.exit, run.err);
        assertEquals("", run.err);
        assertTrue(run.out.startsWith("playbook "), run.out);
    }

    @Test
    void aNonAsciiFileNameBuildsUnderTheCLocaleOfACiContainer() throws Exception {
        Path content = TestPlaybook.sampleCopy(work.resolve("locale content")).root();
        Path out = work.resolve("locale site");
        // the name is made and looked for by the shell, in octal escapes: this JVM may run under the C locale itself
        String name = "r\\303\\251union-de-d\\303\\251couverte";   // réunion-de-découverte
        assertEquals(0, shell("cp team/guides/discovery-call.md \"team/guides/$(printf '" + name + "').md\"", content));
        Run run = run(List.of(home.resolve("bin").resolve("playbook").toString(), "build", "--content", content.toString(),
                "--out", out.toString(), "--today=" + TestPlaybook.SAMPLE_TODAY), Map.of("LC_ALL", "C", "LANG", "C"));
        assertEquals(0, run.exit, run.out + run.err);
        assertEquals(0, shell("test -f \"team/guides/$(printf '" + name + "').html\"", out), "the guide's page is published");
    }

    private static int shell(String script, Path folder) throws Exception {
        Process process = new ProcessBuilder("sh", "-c", script).directory(folder.toFile()).inheritIO().start();
        assertTrue(process.waitFor(1, TimeUnit.MINUTES));
        return process.exitValue();
    }

    @Test
    void aPlaybookLargerThanTheHeapIsToldHowToAllowMoreAndLeavesNoStagingFolder() throws Exception {
        Path large = work.resolve("large playbook");
        dev.playbook.bench.SyntheticPlaybook.write(large, 1000, 42);
        Path out = work.resolve("large site");
        Run run = run(List.of(home.resolve("bin").resolve("playbook").toString(), "build", "--content", large.toString(),
                "--out", out.toString(), "--today=2026-11-30"), Map.of("PLAYBOOK_JAVA_OPTS", "-Xmx16m"));
        assertEquals(2, run.exit, run.out + run.err);
        assertTrue(run.err.startsWith("playbook: ran out of memory: this playbook needs more than "), run.err);
        assertTrue(run.err.contains("hint: allow more, e.g. PLAYBOOK_JAVA_OPTS=-Xmx2g"), run.err);
        assertFalse(run.err.contains("\tat "), "no stack trace: " + run.err);
        try (var left = Files.list(work)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".large site.new-")).toList());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void buildsAndChecksTheSampleAndMakesItsClassDataArchiveQuietly() throws Exception {
        Path lib = home.resolve("lib");
        Path content = TestPlaybook.sampleCopy(work.resolve("sample content")).root();
        String today = "--today=" + TestPlaybook.SAMPLE_TODAY;

        // the first run in a new place makes the archive, and says nothing about it
        Run first = playbook("build", "--content", content.toString(), "--out", work.resolve("first").toString(), today);
        assertEquals(0, first.exit, first.err);
        assertEquals("", first.err);
        assertTrue(Files.size(lib.resolve("playbook.jsa")) > 0, "the first run leaves lib/playbook.jsa");
        assertTrue(Files.readString(lib.resolve("playbook.jsa.for")).startsWith(lib.resolve("playbook.jar") + " "));

        Run withArchive = playbook("build", "--content", content.toString(), "--out", work.resolve("cds").toString(), today);
        assertEquals(0, withArchive.exit, withArchive.err);
        assertEquals("", withArchive.err);

        Run check = playbook("check", "--content", content.toString(), today);
        assertEquals(0, check.exit, check.out + check.err);
        assertTrue(check.out.contains("0 errors"), check.out);

        // the same site as `java -jar` with the JVM's defaults and no archive
        Run plain = run(List.of(java(), "-jar", lib.resolve("playbook.jar").toString(),
                "build", "--content", content.toString(), "--out", work.resolve("plain").toString(), today));
        assertEquals(0, plain.exit, plain.err);
        Map<String, String> expected = TestPlaybook.files(work.resolve("plain"));
        assertEquals(expected, TestPlaybook.files(work.resolve("first")));
        assertEquals(expected, TestPlaybook.files(work.resolve("cds")));

        // an archive the JVM cannot use (another JVM's, or damaged) is ignored without a word
        Files.delete(lib.resolve("playbook.jsa"));   // the JVM writes it read-only
        Files.write(lib.resolve("playbook.jsa"), "not a class-data archive".getBytes(StandardCharsets.US_ASCII));
        Run damaged = playbook("build", "--content", content.toString(), "--out", work.resolve("damaged").toString(), today);
        assertEquals(0, damaged.exit, damaged.err);
        assertEquals("", damaged.err);
        assertEquals(expected, TestPlaybook.files(work.resolve("damaged")));

        // made from another jar (a rebuild in place: same folder, same date): remade by the next run
        String stamp = Files.readString(lib.resolve("playbook.jsa.for"));
        Files.writeString(lib.resolve("playbook.jsa.for"), stamp.replaceFirst(" [0-9]+ ", " 12345 "));
        Files.delete(lib.resolve("playbook.jsa"));
        Files.write(lib.resolve("playbook.jsa"), "an archive of an older jar".getBytes(StandardCharsets.US_ASCII));
        Run rebuilt = playbook("--version");
        assertEquals("", rebuilt.err);
        assertEquals(stamp, Files.readString(lib.resolve("playbook.jsa.for")), "the stamp names this jar again");
        assertTrue(Files.size(lib.resolve("playbook.jsa")) > 1_000, "and the archive is made from it");

        // made for another folder or JVM: remade by the next run
        Files.writeString(lib.resolve("playbook.jsa.for"), "/elsewhere/lib/playbook.jar /another/java\n");
        Run remade = playbook("--version");
        assertEquals(0, remade.exit, remade.err);
        assertEquals("", remade.err);
        assertTrue(Files.size(lib.resolve("playbook.jsa")) > 1_000, "a new archive replaces the damaged one");
        assertFalse(Files.readString(lib.resolve("playbook.jsa.for")).contains("/elsewhere/"));
    }

    private static Run playbook(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve("playbook").toString()));
        command.addAll(List.of(arguments));
        return run(command);
    }

    private static Run run(List<String> command) throws Exception {
        return run(command, Map.of());
    }

    private static Run run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("PLAYBOOK_JAVA_OPTS");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "bin/playbook did not finish: " + command);
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    /** Without unzip: the entries as they are, and bin/playbook made executable as unzip would. */
    private static void unzipWithJava(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), "zip entry outside its folder: " + entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target);
                    if (entry.getName().endsWith("/bin/playbook")) {
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
    }

    private record Run(int exit, String out, String err) {
    }
}
