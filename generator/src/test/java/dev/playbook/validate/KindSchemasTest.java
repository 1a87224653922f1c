package dev.playbook.validate;

import dev.playbook.model.ContentKind;
import dev.playbook.model.Problem;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every kind's schema against the complete fixture playbook: the fixture's file passes (the good case),
 * and the same file with an unknown key or without its title fails at the exact place (the bad ones).
 */
class KindSchemasTest {

    @TempDir
    Path dir;

    static Stream<String> kinds() {
        return ContentKind.ids().stream();
    }

    private TestPlaybook fixture() {
        return TestPlaybook.complete(dir);
    }

    private static String fileOf(String kind) {
        return ContentKind.byId(kind).orElseThrow().book().id() + "/" + kind + ".yaml";
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void fixtureOfEachKindPasses(String kind) throws IOException {
        List<Problem> problems = fixture().check().problems().stream()
                .filter(p -> p.position().file().equals(fileOf(kind))).toList();
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void unknownTopLevelKeyIsReportedWithItsLine(String kind) throws IOException {
        TestPlaybook playbook = fixture();
        String file = fileOf(kind);
        String text = playbook.read(file);
        int lines = (int) text.chars().filter(c -> c == '\n').count() + (text.endsWith("\n") ? 0 : 1);
        playbook.write(file, (text.endsWith("\n") ? text : text + "\n") + "titel: typo\n");
        assertEquals(List.of(file + ":" + (lines + 1) + ":1: error [schema.unknown-key] unknown key \"titel\"\n"
                + "    hint: did you mean \"title\"?"), playbook.problems());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void missingTitleIsReported(String kind) throws IOException {
        TestPlaybook playbook = fixture();
        String file = fileOf(kind);
        String text = playbook.read(file);
        String titleLine = text.lines().filter(l -> l.startsWith("title:")).findFirst().orElseThrow();
        playbook.replace(file, titleLine + "\n", "");
        List<String> problems = playbook.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(file + ":1:1: error [schema.required] missing required key \"title\"", problems.get(0).lines().findFirst().orElseThrow());
    }
}
