package dev.playbook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden files: expected output committed under {@code src/test/resources/golden/}, small enough to review
 * in a diff. A test compares what it made with its golden byte for byte. When a change is meant to alter
 * the output, rerun the test with {@code -Dgolden.update=true}: it then writes what it made over the golden
 * (and passes), and the diff of the golden is what a reviewer reads, e.g.
 * <pre>mvn -B -pl generator test -Dtest='GoldenPagesTest,ReportFormatsTest' -Dgolden.update=true</pre>
 */
public final class Golden {

    /** The one flag that rewrites every golden file. */
    public static final String UPDATE_FLAG = "golden.update";
    /** Where golden files live, relative to the generator module (Maven runs tests there). */
    public static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean(UPDATE_FLAG);
    }

    /** Compares {@code actual} with the golden file {@code relative} (below {@link #ROOT}), or rewrites it when updating. */
    public static void assertMatches(String relative, String actual) {
        Path golden = ROOT.resolve(relative);
        try {
            if (updating()) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.isRegularFile(golden), "no golden file " + golden + ": run with -D" + UPDATE_FLAG + "=true to write it");
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                    relative + " differs from its golden file; if the change is intended, rerun with -D" + UPDATE_FLAG + "=true and review the diff");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
