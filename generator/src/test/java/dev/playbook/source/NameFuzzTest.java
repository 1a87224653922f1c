package dev.playbook.source;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.playbook.model.OutputPaths;
import dev.playbook.model.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz target from a file name to the path it is published at (issue 12). Property: a name the reader
 * accepts (not hidden, publishable) becomes a page or file inside the site, whose URL needs no escaping.
 */
class NameFuzzTest {

    @FuzzTest(maxDuration = "90s")
    void fileNameToOutputPath(FuzzedDataProvider data) {
        String name = data.consumeRemainingAsString();
        List<Problem> problems = new ArrayList<>();
        if (name.isEmpty() || name.startsWith("/") || SourceFiles.isHidden(name) || !SourceFiles.publishableName(name, problems)) {
            return;
        }
        String output = OutputPaths.isPageSource(name) ? OutputPaths.pageFor(name) : name;
        Path site = Path.of("/site");
        Path published;
        try {
            published = site.resolve(output).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return; // a name the file system cannot hold is never read from a folder
        }
        assertTrue(published.startsWith(site) && !published.equals(site), name + " -> " + published);
        assertTrue(output.chars().noneMatch(c -> c == '#' || c == '?' || c == '%' || c == '\\' || c < 0x20), output);
    }
}
