package dev.playbook.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.playbook.model.ContentTree;
import dev.playbook.model.Problem;
import dev.playbook.model.SourceFile;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz target of the load stage (issue 12): a YAML file and a guide's front matter from the same input.
 * Properties: no exception, only positioned problems, each inside the file it names, bounded time.
 */
class LoaderFuzzTest {

    @FuzzTest(maxDuration = "90s")
    void yamlLoaderWithFrontMatter(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        long start = System.nanoTime();
        ContentTree tree = new ContentTree(List.of(
                new SourceFile("playbook.yaml", "kind: config\ntitle: Fuzz\n"),
                new SourceFile("team/fuzz.yaml", text),
                new SourceFile("team/guides/fuzz.md", "---\n" + text + "\n---\nBody.\n")), List.of(), List.of());
        ContentLoader.Result result = new ContentLoader().load(tree);
        // YAML breaks lines at \r as well as \n (found by fuzzing: the property counted \n only)
        int lines = text.split("\r\n|\r|\n", -1).length + 4;
        for (Problem problem : result.problems()) {
            assertTrue(problem.position().file().startsWith("team/"), problem.toString());
            assertTrue(problem.position().line() >= 0 && problem.position().line() <= lines, problem.toString());
        }
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "loading took more than 10 s");
    }
}
