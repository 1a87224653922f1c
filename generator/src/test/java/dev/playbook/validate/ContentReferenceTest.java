package dev.playbook.validate;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/content-reference.md is generated from the schemas; this keeps the committed copy current. */
class ContentReferenceTest {

    private static final Path COMMITTED = Path.of("..", "docs", "content-reference.md");

    @Test
    void committedReferenceMatchesTheSchemas() throws IOException {
        String generated = new ContentReference(new Schemas()).markdown();
        if (Boolean.getBoolean("playbook.updateDocs")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertTrue(generated.contains("| `exit_criteria` | list of md |  |"), "stage keys are documented");
        assertTrue(generated.contains("| `owner` | → role | yes |"), "references are named");
        assertEquals(generated, Files.readString(COMMITTED, StandardCharsets.UTF_8),
                "docs/content-reference.md is out of date: run the test with -Dplaybook.updateDocs=true");
    }
}
