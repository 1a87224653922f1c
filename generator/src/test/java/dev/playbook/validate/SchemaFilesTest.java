package dev.playbook.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.InputStreamSource;
import dev.playbook.load.YamlReader;
import dev.playbook.model.ContentKind;
import dev.playbook.model.Node;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON Schemas written for editors ({@code playbook schema}, and {@code schemas/} of {@code playbook new}):
 * each is a valid draft 2020-12 schema, they are the schemas {@code check} validates with, and
 * {@code playbook.schema.json} picks the right one by a file's {@code kind}, following {@code $ref}s to the
 * files beside it, with no network.
 */
class SchemaFilesTest {

    @TempDir
    static Path dir;

    private static List<String> written;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A validator that reads the meta-schema from its own jar and fails on any attempt to fetch a schema over the network. */
    private static final JsonSchemaFactory OFFLINE = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaLoaders(loaders -> loaders.add(SchemaFilesTest::refuseNetwork)));

    private static InputStreamSource refuseNetwork(com.networknt.schema.AbsoluteIri iri) {
        if (iri.toString().startsWith("http:") || iri.toString().startsWith("https:")) {
            throw new AssertionError("the written schemas must not need the network, but " + iri + " was fetched");
        }
        return null;
    }

    @BeforeAll
    static void writeTheSchemas() {
        written = new Schemas().write(dir.resolve("schemas"));
    }

    private static Path schemas() {
        return dir.resolve("schemas");
    }

    @Test
    void writesEveryKindTheConfigTheFrontMatterTheCommonDefinitionsAndTheSchemaByKind() throws IOException {
        List<String> expected = new ArrayList<>(List.of("common.schema.json", "config.schema.json", "front-matter.schema.json"));
        ContentKind.ids().forEach(kind -> expected.add(kind + ".schema.json"));
        expected.add("playbook.schema.json");
        assertEquals(expected, written);
        try (Stream<Path> files = Files.list(schemas())) {
            assertEquals(Set.copyOf(expected), Set.copyOf(files.map(f -> f.getFileName().toString()).toList()));
        }
    }

    @Test
    void everySchemaIsValidAgainstTheDraft202012MetaSchema() throws IOException {
        JsonSchema metaSchema = OFFLINE.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String file : written) {
            JsonNode schema = JSON.readTree(schemas().resolve(file).toFile());
            assertEquals(Set.of(), metaSchema.validate(schema), file);
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText(), file);
        }
    }

    @Test
    void theWrittenSchemasAreTheOnesCheckValidatesWithExceptForTheirId() throws IOException {
        Schemas bundled = new Schemas();
        for (String file : written) {
            if (file.equals("playbook.schema.json")) {
                continue;
            }
            ObjectNode expected = bundled.rawFile(file).deepCopy();
            assertTrue(expected.has("$id"), file);
            expected.remove("$id"); // so that "common.schema.json#/$defs/md" resolves beside the written file
            assertEquals(expected, JSON.readTree(schemas().resolve(file).toFile()), file);
        }
    }

    static Stream<Path> fixtureFiles() throws IOException {
        Path fixture = TestPlaybook.fixturePath("complete");
        try (Stream<Path> files = Files.walk(fixture)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static JsonSchema byKind() {
        return OFFLINE.getSchema(SchemaLocation.of(schemas().resolve("playbook.schema.json").toUri().toString()));
    }

    private static JsonNode json(String yaml) {
        YamlReader.Result result = new YamlReader().read("f.yaml", yaml, 0);
        assertEquals(List.of(), result.problems());
        Node root = result.root().orElseThrow();
        return JsonTrees.toJson(root);
    }

    @ParameterizedTest
    @MethodSource("fixtureFiles")
    void theSchemaByKindAcceptsEveryFileOfTheCompleteFixture(Path file) throws IOException {
        assertEquals(Set.of(), byKind().validate(json(Files.readString(file))), file.toString());
    }

    @Test
    void theSchemaByKindRejectsAnUnknownKey() throws IOException {
        String roles = Files.readString(TestPlaybook.fixturePath("complete").resolve("team/roles.yaml"));
        Set<ValidationMessage> messages = byKind().validate(json(roles + "titel: typo\n"));
        assertEquals(1, messages.size(), messages.toString());
        ValidationMessage message = messages.iterator().next();
        assertEquals("additionalProperties", message.getType());
        assertEquals("titel", message.getProperty());
        assertTrue(message.getSchemaLocation().toString().startsWith(schemas().resolve("roles.schema.json").toUri().toString()),
                "reported by the roles schema beside it: " + message.getSchemaLocation());
    }

    @Test
    void theSchemaByKindRejectsAnUnknownKeyInTheConfigAndInANestedItem() throws IOException {
        String config = Files.readString(TestPlaybook.fixturePath("complete").resolve("playbook.yaml"));
        assertFalse(byKind().validate(json(config + "colour: blue\n")).isEmpty());
        String process = Files.readString(TestPlaybook.fixturePath("complete").resolve("team/sales-process.yaml"));
        String broken = process.replaceFirst("\n    definition: ", "\n    defintion: ");
        Set<ValidationMessage> messages = byKind().validate(json(broken));
        assertTrue(messages.stream().anyMatch(m -> m.getType().equals("additionalProperties") && m.getProperty().equals("defintion")),
                messages.toString());
    }

    @Test
    void theSchemaByKindRejectsAnUnknownKindAndAFileWithoutOne() {
        assertTrue(byKind().validate(json("kind: role\ntitle: Roles\n")).stream().anyMatch(m -> m.getType().equals("enum")));
        assertTrue(byKind().validate(json("title: Roles\n")).stream().anyMatch(m -> m.getType().equals("required")));
    }

    @Test
    void rewritingReplacesTheSchemasAndLeavesOtherFilesAlone() throws IOException {
        Path target = dir.resolve("again");
        Files.createDirectories(target);
        Files.writeString(target.resolve("notes.txt"), "mine");
        Files.writeString(target.resolve("roles.schema.json"), "{}");
        new Schemas().write(target);
        assertEquals("mine", Files.readString(target.resolve("notes.txt")));
        assertEquals(Files.readString(schemas().resolve("roles.schema.json")), Files.readString(target.resolve("roles.schema.json")));
    }
}
