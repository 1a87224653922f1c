package dev.playbook.validate;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.playbook.model.ContentKind;
import dev.playbook.model.PlaybookConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas shipped in the generator jar, both compiled for validation and as raw trees for
 * the walks the validator cannot do itself: finding references and the keys allowed at a place.
 * One instance per generator; schemas are loaded on first use.
 */
public final class Schemas {

    public static final String BASE_IRI = "https://playbook.dev/schema/";
    private static final String RESOURCE_DIR = "dev/playbook/schema/";
    public static final String CONFIG = "config";
    public static final String FRONT_MATTER = "front-matter";
    public static final String COMMON = "common";
    /** The schema that picks the schema of a YAML file by its {@code kind}, for editors: {@code playbook.schema.json}. */
    public static final String BY_KIND = "playbook";

    // Schemas are read through this class's loader, not the thread's context loader: parallel streams
    // and Maven plugin realms give worker threads a context loader that cannot see the generator jar.
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaLoaders(loaders -> loaders.add(Schemas::bundled)));
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .locale(Locale.ENGLISH)
            .build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> raw = new ConcurrentHashMap<>();

    private static com.networknt.schema.resource.InputStreamSource bundled(com.networknt.schema.AbsoluteIri iri) {
        String text = iri.toString();
        if (!text.startsWith(BASE_IRI)) {
            return null;
        }
        String resource = RESOURCE_DIR + text.substring(BASE_IRI.length());
        return () -> {
            InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new java.io.FileNotFoundException(resource);
            }
            return in;
        };
    }


    public JsonSchema compiled(String name) {
        return compiled.computeIfAbsent(name,
                n -> factory.getSchema(SchemaLocation.of(BASE_IRI + fileName(n)), config));
    }

    /** The raw schema tree of a file name such as {@code roles.schema.json}. */
    public JsonNode rawFile(String fileName) {
        return raw.computeIfAbsent(fileName, this::readRaw);
    }

    public JsonNode raw(String name) {
        return rawFile(fileName(name));
    }

    public static String fileName(String name) {
        return name + ".schema.json";
    }

    /**
     * Follows a {@code $ref} such as {@code common.schema.json#/$defs/md} or {@code #/$defs/stage},
     * relative to the file {@code baseFile}; returns the file it lands in and the sub-schema.
     */
    public Optional<Located> follow(String ref, String baseFile) {
        int hash = ref.indexOf('#');
        String file = hash == 0 ? baseFile : (hash < 0 ? ref : ref.substring(0, hash));
        if (file.startsWith(BASE_IRI)) {
            file = file.substring(BASE_IRI.length());
        }
        JsonNode node = rawFile(file);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        JsonNode target = pointer.isEmpty() ? node : node.at(pointer);
        return target.isMissingNode() ? Optional.empty() : Optional.of(new Located(file, target));
    }

    /** A sub-schema and the file it is in (which {@code $ref}s inside it are relative to). */
    public record Located(String file, JsonNode schema) {

        /** The name of the definition a {@code $ref} points at, such as {@code roleRef}. */
        public static Optional<String> refName(JsonNode schema) {
            JsonNode ref = schema.get("$ref");
            if (ref == null || !ref.isTextual()) {
                return Optional.empty();
            }
            String text = ref.asText();
            return Optional.of(text.substring(text.lastIndexOf('/') + 1));
        }
    }

    /** Follows {@code $ref}s until a schema with its own keywords is reached. */
    public Located resolve(Located located) {
        Located current = located;
        for (int hops = 0; hops < 16 && current.schema().has("$ref"); hops++) {
            Optional<Located> next = follow(current.schema().get("$ref").asText(), current.file());
            if (next.isEmpty()) {
                break;
            }
            current = next.get();
        }
        return current;
    }

    /** The schema that applies to a child of an object ({@code key}) or of an array ({@code key == null}). */
    public Optional<Located> child(Located parent, String key) {
        Located resolved = resolve(parent);
        JsonNode sub = key == null ? resolved.schema().get("items") : resolved.schema().path("properties").get(key);
        return sub == null || sub.isMissingNode() ? Optional.empty() : Optional.of(new Located(resolved.file(), sub));
    }

    public List<String> propertyNames(Located located) {
        Located resolved = resolve(located);
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        Iterator<String> it = resolved.schema().path("properties").fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    /**
     * Writes the schemas the generator validates with into {@code directory} (created when missing), for
     * editors: every kind's, the config's and the front matter's, the common definitions they refer to, and
     * {@value #BY_KIND}{@code .schema.json}, which applies the right one to any YAML file by its {@code kind}.
     * The written files have no {@code $id}, so that their {@code $ref}s resolve next to them, with no
     * network; other files in the folder are left alone.
     *
     * @return the names of the files written, in the order written: {@value #BY_KIND}{@code .schema.json} last
     */
    public List<String> write(Path directory) {
        List<String> names = new ArrayList<>(List.of(COMMON, CONFIG, FRONT_MATTER));
        names.addAll(ContentKind.ids());
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new SchemaWriteException(directory + " is a file, not a folder", "name a folder for the schemas, new or existing");
        }
        List<String> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (String name : names) {
                ObjectNode schema = raw(name).deepCopy();
                schema.remove("$id");
                writeJson(directory.resolve(fileName(name)), schema);
                written.add(fileName(name));
            }
            writeJson(directory.resolve(fileName(BY_KIND)), byKind());
            written.add(fileName(BY_KIND));
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.toString();
            throw new SchemaWriteException("cannot write the JSON Schemas into " + directory + " (" + reason + ")",
                    "name a folder you can write to");
        }
        return written;
    }

    /**
     * {@code playbook.schema.json}: {@code kind} must be one of the kinds (or {@code config}), and for each an
     * {@code if kind is X then X.schema.json}, which editors follow for completion and inline errors.
     */
    private ObjectNode byKind() {
        ObjectNode schema = mapper.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", "Playbook content file");
        schema.put("description", "A YAML file of a playbook's content folder: its `kind` picks the schema that applies (`config` for "
                + PlaybookConfig.FILE_NAME + "). Written by `playbook schema`; regenerate it after upgrading Playbook.");
        schema.put("type", "object");
        schema.putArray("required").add("kind");
        List<String> kinds = new ArrayList<>();
        kinds.add(CONFIG);
        kinds.addAll(ContentKind.ids());
        ObjectNode kind = schema.putObject("properties").putObject("kind");
        kind.put("description", "Which schema applies: the kind of content this file describes, or `config` for "
                + PlaybookConfig.FILE_NAME + ".");
        ArrayNode allowed = kind.putArray("enum");
        kinds.forEach(allowed::add);
        ArrayNode all = schema.putArray("allOf");
        for (String id : kinds) {
            ObjectNode rule = all.addObject();
            ObjectNode condition = rule.putObject("if");
            condition.putObject("properties").putObject("kind").put("const", id);
            condition.putArray("required").add("kind");
            rule.putObject("then").put("$ref", fileName(id));
        }
        return schema;
    }

    private void writeJson(Path file, JsonNode json) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        Files.writeString(file, mapper.writer(printer).writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
    }

    private JsonNode readRaw(String fileName) {
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + fileName)) {
            if (in == null) {
                throw new IllegalStateException("schema " + fileName + " is not on the class path");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + fileName, e);
        }
    }
}
