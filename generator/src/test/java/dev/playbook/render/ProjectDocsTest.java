package dev.playbook.render;

import dev.playbook.model.ContentKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every link the site gives to the project's documentation names a heading and a file that exist in this repository. */
class ProjectDocsTest {

    @Test
    void everyKindHasItsReferenceSectionAndAnExampleFile() throws IOException {
        String reference = Files.readString(Path.of("..", "docs", "content-reference.md"));
        for (ContentKind kind : ContentKind.values()) {
            assertTrue(reference.contains("\n### `kind: " + kind.id() + "`\n"), "no heading for " + kind.id());
            assertTrue(ProjectDocs.reference(kind).startsWith(ProjectDocs.HOME + "docs/content-reference.md#kind-"));
            Path example = Path.of("..").resolve(ProjectDocs.examplePath(kind));
            assertTrue(Files.isRegularFile(example), "no example " + example);
            assertTrue(Files.readString(example).contains("kind: " + kind.id()), example + " is not of kind " + kind.id());
        }
    }
}
