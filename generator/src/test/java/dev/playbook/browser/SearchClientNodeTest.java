package dev.playbook.browser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The search client's own logic (query planning with the glossary, ranking, snippets, suggestions, facets), tested
 * with {@code node --test generator/src/test/js/} when Node is installed; skipped with a message otherwise.
 */
class SearchClientNodeTest {

    private static final Path TESTS = Path.of("src", "test", "js");

    @Test
    void theClientsLogicPassesItsNodeTests() throws IOException, InterruptedException {
        Assumptions.assumeTrue(nodeAvailable(), "node is not installed: the search client's node --test suite is skipped");
        Process node = new ProcessBuilder("node", "--test", TESTS.toString()).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        node.waitFor(120, TimeUnit.SECONDS);
        assertEquals(0, node.exitValue(), output);
    }

    private static boolean nodeAvailable() {
        try {
            Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            return version.waitFor(20, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
