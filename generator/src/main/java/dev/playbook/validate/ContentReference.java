package dev.playbook.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.model.ContentKind;
import dev.playbook.model.Book;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the content reference (every kind, every key, its type, whether it is required, what it
 * means) from the shipped JSON Schemas, so the documentation cannot drift from what is validated.
 */
final class ContentReference {

    private final Schemas schemas;

    public ContentReference(Schemas schemas) {
        this.schemas = schemas;
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Content reference\n\n")
                .append("Generated from the JSON Schemas in `generator/src/main/resources/dev/playbook/schema/`; ")
                .append("do not edit by hand (`ContentReferenceTest` regenerates it with `-Dplaybook.updateDocs=true`).\n\n")
                .append("Types: *md* is text that may contain Markdown; *→ role*, *→ stage*, *→ metric* are ids that must exist ")
                .append("in the `roles`, `sales-process` and `metrics` files.\n\n");
        document(out, "`playbook.yaml`", Schemas.CONFIG);
        document(out, "Guide front matter (`*.md`)", Schemas.FRONT_MATTER);
        for (Book book : Book.values()) {
            out.append("## ").append(book.title()).append("\n\n");
            for (ContentKind kind : ContentKind.values()) {
                if (kind.book() == book) {
                    document(out, "`kind: " + kind.id() + "`", kind.id());
                }
            }
        }
        return out.toString();
    }

    private void document(StringBuilder out, String heading, String schemaName) {
        JsonNode root = schemas.raw(schemaName);
        out.append("### ").append(heading).append("\n\n");
        out.append(root.path("description").asText("")).append("\n\n");
        Map<String, Schemas.Located> objects = new LinkedHashMap<>();
        objects.put("", new Schemas.Located(Schemas.fileName(schemaName), root));
        collectObjects(new Schemas.Located(Schemas.fileName(schemaName), root), "", objects, new TreeSet<>());
        for (Map.Entry<String, Schemas.Located> object : objects.entrySet()) {
            if (!object.getKey().isEmpty()) {
                out.append("Each item of `").append(object.getKey()).append("`:\n\n");
            }
            table(out, schemas.resolve(object.getValue()));
        }
    }

    private void collectObjects(Schemas.Located schema, String path, Map<String, Schemas.Located> into, Set<String> seen) {
        Schemas.Located resolved = schemas.resolve(schema);
        Iterator<Map.Entry<String, JsonNode>> fields = resolved.schema().path("properties").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String childPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            Schemas.Located child = schemas.resolve(new Schemas.Located(resolved.file(), field.getValue()));
            Optional<Schemas.Located> items = child.schema().has("items")
                    ? Optional.of(schemas.resolve(new Schemas.Located(child.file(), child.schema().get("items"))))
                    : Optional.empty();
            Schemas.Located object = items.orElse(child);
            if (object.schema().has("properties") && seen.add(childPath)) {
                into.put(childPath + (items.isPresent() ? "[]" : ""), object);
                collectObjects(object, childPath + (items.isPresent() ? "[]" : ""), into, seen);
            }
        }
    }

    private void table(StringBuilder out, Schemas.Located object) {
        List<String> required = new ArrayList<>();
        object.schema().path("required").forEach(r -> required.add(r.asText()));
        out.append("| key | type | required | description |\n|---|---|---|---|\n");
        Iterator<Map.Entry<String, JsonNode>> fields = object.schema().path("properties").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            out.append("| `").append(field.getKey()).append("` | ")
                    .append(type(new Schemas.Located(object.file(), field.getValue()))).append(" | ")
                    .append(required.contains(field.getKey()) ? "yes" : "").append(" | ")
                    .append(field.getValue().path("description").asText("").replace("|", "\\|")).append(" |\n");
        }
        out.append('\n');
    }

    private String type(Schemas.Located schema) {
        Optional<String> ref = Schemas.Located.refName(schema.schema());
        if (ref.isPresent()) {
            switch (ref.get()) {
                case "roleRef": return "→ role";
                case "stageRef": return "→ stage";
                case "metricRef": return "→ metric";
                case "md": return "md";
                case "mdList": return "list of md";
                case "date": return "date";
                case "rate": return "rate (0-1]";
                default: break;
            }
        }
        Schemas.Located resolved = schemas.resolve(schema);
        JsonNode node = resolved.schema();
        if (node.has("const")) {
            return "`" + node.get("const").asText() + "`";
        }
        if (node.has("enum")) {
            List<String> values = new ArrayList<>();
            node.get("enum").forEach(v -> values.add("`" + v.asText() + "`"));
            return "one of " + String.join(", ", values);
        }
        String type = node.path("type").asText("any");
        if (type.equals("array")) {
            return "list of " + (node.has("items") ? type(new Schemas.Located(resolved.file(), node.get("items"))) : "any");
        }
        return type.equals("object") ? "mapping" : type;
    }
}
