package dev.playbook.validate;

import dev.playbook.model.RuleId;
import dev.playbook.model.Suggestions;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import dev.playbook.model.ContentKind;
import dev.playbook.model.Document;
import dev.playbook.model.RunMemo;
import dev.playbook.model.GuidePage;
import dev.playbook.model.MapNode;
import dev.playbook.model.Node;
import dev.playbook.model.Playbook;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.model.ScalarNode;
import dev.playbook.model.StructuredDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every structured file, front matter block and the config against its JSON Schema and
 * turns the validator's findings into problems that point at the offending key or value.
 */
public final class SchemaValidator {

    private final Schemas schemas;
    private final Optional<RunMemo<Document, List<Problem>>> memo;

    public SchemaValidator(Schemas schemas) {
        this.schemas = schemas;
        this.memo = Optional.empty();
    }

    private SchemaValidator(Schemas schemas, RunMemo<Document, List<Problem>> memo) {
        this.schemas = schemas;
        this.memo = Optional.of(memo);
    }

    /** For a warm process: a document the loader gave before (the very same object) is not validated again. */
    public static SchemaValidator remembering(Schemas schemas) {
        return new SchemaValidator(schemas, RunMemo.byIdentity());
    }

    public List<Problem> validate(Playbook playbook) {
        return validate(playbook, List.of());
    }

    /**
     * {@code loadProblems}: what the loader reported. A value it refused (a YAML tag, a number it cannot hold)
     * is empty in the model; that it then has the wrong type is the same problem, so it is not said twice.
     */
    public List<Problem> validate(Playbook playbook, List<Problem> loadProblems) {
        Set<Position> refused = new java.util.HashSet<>();
        loadProblems.stream().filter(p -> p.ruleId().startsWith("yaml.")).forEach(p -> refused.add(p.position()));
        return validateAll(playbook).stream()
                .filter(p -> !(p.ruleId().equals(RuleId.SCHEMA_TYPE.id()) && refused.contains(p.position())))
                .toList();
    }

    private List<Problem> validateAll(Playbook playbook) {
        List<Problem> problems = new ArrayList<>();
        if (!playbook.config().source().entries().isEmpty()) {
            problems.addAll(validate(Schemas.CONFIG, playbook.config().source()));
        }
        playbook.documents().parallelStream()
                .map(document -> RunMemo.get(memo, document, this::validate))
                .forEachOrdered(problems::addAll);
        memo.ifPresent(RunMemo::endRun);
        return problems;
    }

    private List<Problem> validate(Document document) {
        if (document instanceof GuidePage guide) {
            return validate(Schemas.FRONT_MATTER, guide.frontMatter());
        }
        StructuredDocument structured = (StructuredDocument) document;
        if (ContentKind.byId(structured.kind()).isEmpty()) {
            Position at = structured.data().entry("kind").map(e -> e.value().position()).orElse(structured.data().position());
            return List.of(Problem.error(RuleId.KIND_UNKNOWN, at, "unknown kind \"" + structured.kind() + "\"",
                    Suggestions.hint(structured.kind(), ContentKind.ids())));
        }
        return validate(structured.kind(), structured.data());
    }

    List<Problem> validate(String schemaName, MapNode data) {
        Set<ValidationMessage> messages = schemas.compiled(schemaName).validate(JsonTrees.toJson(data));
        List<Problem> problems = new ArrayList<>();
        messages.stream()
                .sorted(Comparator.comparing(m -> m.getInstanceLocation().toString()))
                .forEach(m -> problems.add(toProblem(schemaName, data, m)));
        return problems;
    }

    private Problem toProblem(String schemaName, MapNode root, ValidationMessage message) {
        List<Object> path = elements(message.getInstanceLocation());
        Node node = JsonTrees.at(root, path).orElse(root);
        String where = path.isEmpty() ? "" : " in " + JsonTrees.describe(path);
        String property = message.getProperty();
        Schemas.Located schemaHere = schemaAt(schemaName, path);
        return switch (message.getType()) {
            case "additionalProperties" -> {
                Position at = node instanceof MapNode map
                        ? map.entry(property).map(MapNode.Entry::keyPosition).orElse(node.position())
                        : node.position();
                List<String> allowed = schemaHere == null ? List.of() : schemas.propertyNames(schemaHere);
                yield Problem.error(RuleId.SCHEMA_UNKNOWN_KEY, at, "unknown key \"" + property + "\"" + where,
                        Suggestions.hint(property, allowed));
            }
            case "required" -> Problem.error(RuleId.SCHEMA_REQUIRED, node.position(),
                    "missing required key \"" + property + "\"" + where, requiredHint(schemaHere, property));
            case "type" -> Problem.error(RuleId.SCHEMA_TYPE, node.position(),
                    "\"" + label(path) + "\" should be " + expectedType(message) + ", not " + actualType(node));
            case "enum" -> {
                List<String> allowed = new ArrayList<>();
                message.getSchemaNode().forEach(v -> allowed.add(v.asText()));
                yield Problem.error(RuleId.SCHEMA_ENUM, node.position(),
                        "\"" + label(path) + "\" is \"" + text(node) + "\", which is not one of: " + String.join(", ", allowed),
                        Suggestions.closest(text(node), allowed).map(s -> "did you mean \"" + s + "\"?"));
            }
            case "const" -> Problem.error(RuleId.SCHEMA_VALUE, node.position(),
                    "\"" + label(path) + "\" must be \"" + message.getSchemaNode().asText() + "\"");
            case "minItems" -> Problem.error(RuleId.SCHEMA_MIN_ITEMS, node.position(),
                    "\"" + label(path) + "\" needs at least " + message.getSchemaNode().asText() + " item(s)",
                    describeHint(schemaHere));
            case "maxItems" -> Problem.error(RuleId.SCHEMA_MAX_ITEMS, node.position(),
                    "\"" + label(path) + "\" allows at most " + message.getSchemaNode().asText() + " item(s)");
            case "minLength" -> Problem.error(RuleId.SCHEMA_VALUE, node.position(),
                    "\"" + label(path) + "\" " + (message.getSchemaNode().asInt() <= 1 ? "is empty"
                            : "needs at least " + message.getSchemaNode().asText() + " characters"),
                    describeHint(schemaHere));
            case "pattern" -> Problem.error(RuleId.SCHEMA_PATTERN, node.position(),
                    "\"" + label(path) + "\" value \"" + text(node) + "\" has the wrong form", patternHint(message));
            default -> Problem.error(RuleId.SCHEMA_VALUE, node.position(), stripPath(message.getMessage()) + where);
        };
    }

    private Schemas.Located schemaAt(String schemaName, List<Object> path) {
        Optional<Schemas.Located> current = Optional.of(new Schemas.Located(Schemas.fileName(schemaName), schemas.raw(schemaName)));
        for (Object element : path) {
            Schemas.Located parent = current.get();
            current = schemas.child(parent, element instanceof String key ? key : null);
            if (current.isEmpty()) {
                return null;
            }
        }
        return current.get();
    }

    private Optional<String> requiredHint(Schemas.Located schemaHere, String property) {
        if (schemaHere == null) {
            return Optional.empty();
        }
        return Optional.of(schemas.child(schemaHere, property)
                .map(s -> s.schema().path("description").asText(""))
                .filter(d -> !d.isBlank())
                .map(d -> "add \"" + property + ":\" (" + lowerFirst(d) + ")")
                .orElse("add \"" + property + ":\""));
    }

    private Optional<String> describeHint(Schemas.Located schemaHere) {
        if (schemaHere == null) {
            return Optional.empty();
        }
        String description = schemaHere.schema().path("description").asText("");
        return description.isBlank() ? Optional.empty() : Optional.of(lowerFirst(description));
    }

    private static String patternHint(ValidationMessage message) {
        String pattern = message.getSchemaNode().asText();
        if (pattern.contains("a-z0-9")) {
            return "use lowercase letters, digits and dashes, such as \"account-executive\"";
        }
        if (pattern.startsWith("^[A-Z]")) {
            return "write the abbreviation in capitals as the text does, such as \"OTE\" or \"FP&A\"";
        }
        if (pattern.contains("\\d{4}")) {
            return "write dates as YYYY-MM-DD, such as 2026-10-01";
        }
        return "expected the form " + pattern;
    }

    private static String expectedType(ValidationMessage message) {
        JsonNode type = message.getSchemaNode();
        String name = type.isArray() ? type.get(0).asText() : type.asText();
        return switch (name) {
            case "array" -> "a list";
            case "object" -> "a mapping of keys and values";
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            default -> name;
        };
    }

    private static String actualType(Node node) {
        if (node instanceof MapNode) {
            return "a mapping";
        }
        if (node instanceof dev.playbook.model.ListNode) {
            return "a list";
        }
        Object value = ((ScalarNode) node).value();
        if (value == null) {
            return "empty";
        }
        if (value instanceof Number) {
            return "a number (" + value + ")";
        }
        if (value instanceof Boolean) {
            return "a boolean (" + value + ")";
        }
        return "text (\"" + value + "\")";
    }

    private static String text(Node node) {
        return node instanceof ScalarNode scalar ? scalar.text() : "";
    }

    private static String label(List<Object> path) {
        return path.isEmpty() ? "(document)" : JsonTrees.describe(path);
    }

    /** The validator starts its messages with the instance path; ours name the place in words instead. */
    private static String stripPath(String message) {
        int colon = message.indexOf(": ");
        return (message.startsWith("$") || message.startsWith("/")) && colon > 0 ? message.substring(colon + 2) : message;
    }

    private static String lowerFirst(String text) {
        String trimmed = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return trimmed.isEmpty() ? trimmed : Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
    }

    private static List<Object> elements(JsonNodePath path) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            elements.add(path.getElement(i));
        }
        return elements;
    }
}
