package dev.playbook.testing;

import dev.playbook.api.CheckRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A playbook written into a temporary folder for one test, then the test's own edits, so input and
 * expectation sit together. It starts from the scaffold that {@code playbook new} writes (valid, two
 * kinds) or from a fixture playbook under {@code src/test/resources/fixtures/} ({@link #complete}: every
 * kind, passing every rule). Rule tests never start from the repository's sample in {@code content/}:
 * the sample is free to change its prose without breaking them.
 */
public final class TestPlaybook {

    private static final List<String> SCAFFOLD = List.of(
            "playbook.yaml", "team/roles.yaml", "team/sales-process.yaml", "team/guides/discovery-call.md");

    /** The scaffold's and the fixtures' pages were reviewed on this day; checks run as if it were {@link #TODAY}. */
    public static final LocalDate REVIEWED = LocalDate.of(2026, 1, 15);
    public static final LocalDate TODAY = LocalDate.of(2026, 2, 1);
    /** The sample playbook was last reviewed in autumn 2026 (for the tests about the sample itself). */
    public static final LocalDate SAMPLE_TODAY = LocalDate.of(2026, 11, 24);

    private final Path root;
    private final LocalDate today;

    private TestPlaybook(Path root, LocalDate today) {
        this.root = root;
        this.today = today;
    }

    public LocalDate today() {
        return today;
    }

    public static TestPlaybook scaffold(Path directory) {
        TestPlaybook playbook = new TestPlaybook(directory, TODAY);
        for (String file : SCAFFOLD) {
            try (InputStream in = TestPlaybook.class.getClassLoader()
                    .getResourceAsStream("dev/playbook/scaffold/content/" + file)) {
                playbook.write(file, new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@TODAY@", REVIEWED.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return playbook;
    }

    /**
     * The complete fixture playbook ({@code fixtures/complete/}, Tidewater Software), copied so that a test
     * may change it: one small file of every kind, two guides and a home page, reviewed on {@link #REVIEWED},
     * with no problems as of {@link #TODAY}. Rule tests start from it and break one thing each.
     */
    /**
     * A copy of the repository's sample playbook ({@code content/}), checked as of {@link #SAMPLE_TODAY}: for
     * tests about the sample and about working on it (the live preview), never for rule fixtures.
     */
    public static TestPlaybook sampleCopy(Path directory) {
        Path sample = Path.of("..", "content");
        TestPlaybook copy = new TestPlaybook(directory, SAMPLE_TODAY);
        try (java.util.stream.Stream<Path> files = Files.walk(sample)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                copy.write(sample.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    public static TestPlaybook complete(Path directory) {
        return fixture("complete", directory);
    }

    /** The fixture playbook {@code src/test/resources/fixtures/<name>/}, copied byte for byte into {@code directory}. */
    public static TestPlaybook fixture(String name, Path directory) {
        Path source = fixturePath(name);
        TestPlaybook copy = new TestPlaybook(directory, TODAY);
        try (java.util.stream.Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = directory.resolve(source.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    /** Where fixture {@code name} is on the test class path (target/test-classes/fixtures/name). */
    public static Path fixturePath(String name) {
        java.net.URL url = TestPlaybook.class.getClassLoader().getResource("fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture playbook fixtures/" + name + " on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file below {@code root} with its bytes as text, by relative path: for comparing two builds byte for byte. */
    public static java.util.Map<String, String> files(Path root) {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                // ISO-8859-1 maps every byte to one char: equal strings are equal bytes, binary files included
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public Path root() {
        return root;
    }

    public TestPlaybook write(String file, String text) {
        try {
            Path target = root.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in {@code file}; fails if it is not there exactly once. */
    public TestPlaybook replace(String file, String from, String to) {
        String text = read(file);
        int first = text.indexOf(from);
        if (first < 0 || text.indexOf(from, first + 1) >= 0) {
            throw new IllegalArgumentException("\"" + from + "\" is not in " + file + " exactly once");
        }
        return write(file, text.substring(0, first) + to + text.substring(first + from.length()));
    }

    /**
     * Removes the first line starting with {@code keyLine} after {@code anchor}, with the lines below it
     * that are indented deeper: a key with its value, or a list item with its fields.
     */
    public TestPlaybook removeKey(String file, String anchor, String keyLine) {
        List<String> lines = new java.util.ArrayList<>(List.of(read(file).split("\n", -1)));
        int start = -1;
        boolean anchored = anchor.isEmpty();
        for (int i = 0; i < lines.size() && start < 0; i++) {
            anchored |= lines.get(i).startsWith(anchor);
            if (anchored && lines.get(i).startsWith(keyLine)) {
                start = i;
            }
        }
        if (start < 0) {
            throw new IllegalArgumentException("no \"" + keyLine + "\" after \"" + anchor + "\" in " + file);
        }
        int indent = indentation(lines.get(start));
        lines.remove(start);
        while (start < lines.size() && !lines.get(start).isBlank() && indentation(lines.get(start)) > indent) {
            lines.remove(start);
        }
        return write(file, String.join("\n", lines));
    }

    public TestPlaybook delete(String file) {
        try {
            Files.delete(root.resolve(file));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indentation(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return line.startsWith("- ", spaces) ? spaces + 1 : spaces;
    }

    public String read(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Report check() {
        return new Generator().check(new CheckRequest(root, Optional.empty(), today));
    }

    /** Problems as printed: headline, then the hint line when there is one. */
    public List<String> problems() {
        return check().problems().stream().map(p -> p.format().replace(System.lineSeparator(), "\n")).toList();
    }
}
