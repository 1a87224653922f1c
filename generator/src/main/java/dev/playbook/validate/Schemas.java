package dev.playbook.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
