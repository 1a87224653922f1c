package dev.playbook.load;

import dev.playbook.model.RuleId;
import dev.playbook.model.ListNode;
import dev.playbook.model.MapNode;
import dev.playbook.model.Node;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.model.ScalarNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses one YAML 1.2 document into a positioned {@link Node} tree, safely: only the core schema's
 * types (no custom or language tags), no duplicate keys, no more than {@link #MAX_ALIASES} aliases,
 * {@link #MAX_DEPTH} levels of nesting and {@link #MAX_NODES} values, so that a hostile file costs
 * little and cannot run code. Problems are reported, never thrown.
 */
public final class YamlReader {

    public static final int MAX_ALIASES = 50;
    public static final int MAX_DEPTH = 64;
    public static final int MAX_NODES = 200_000;
    private static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    private static final Set<Tag> CORE_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ);

    /** A parsed document, or empty when it could not be parsed; problems in both cases. */
    public record Result(Optional<Node> root, List<Problem> problems) {
    }

    /**
     * @param file       the path reported in problems
     * @param lineOffset lines before {@code text} in the file (front matter starts after its fence)
     */
    public Result read(String file, String text, int lineOffset) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setUseMarks(true)
                .build();
        List<Problem> problems = new ArrayList<>();
        try {
            Optional<Problem> tooDeep = checkDepth(settings, file, text, lineOffset);
            if (tooDeep.isPresent()) {
                return new Result(Optional.empty(), List.of(tooDeep.get()));
            }
            Optional<org.snakeyaml.engine.v2.nodes.Node> composed = new Compose(settings).composeString(text);
            if (composed.isEmpty()) {
                return new Result(Optional.empty(), problems);
            }
            Converter converter = new Converter(file, lineOffset, problems);
            Node root = converter.convert(composed.get());
            return new Result(Optional.ofNullable(root), problems);
        } catch (MarkedYamlEngineException e) {
            problems.add(YamlSyntax.describe(e, file, text, lineOffset));
        } catch (YamlEngineException e) {
            boolean aliases = String.valueOf(e.getMessage()).contains("aliases");
            problems.add(Problem.error(aliases ? RuleId.YAML_LIMIT : RuleId.YAML_SYNTAX, new Position(file, lineOffset + 1, 1),
                    aliases ? "the document uses more than " + MAX_ALIASES + " aliases" : firstLine(e.getMessage()),
                    aliases ? Optional.of("YAML anchors and aliases are limited to keep loading safe; write the values out") : Optional.empty()));
        } catch (TooLargeException e) {
            problems.add(Problem.error(RuleId.YAML_LIMIT, e.position, e.getMessage(),
                    "YAML anchors and aliases are limited to keep loading safe; write the values out"));
        }
        return new Result(Optional.empty(), problems);
    }

    /**
     * The event parser is iterative, so it can measure nesting, and find an alias inside the collection it
     * names ({@code x: &a [*a]}), before the recursive composer and converter would follow it forever.
     */
    private static Optional<Problem> checkDepth(LoadSettings settings, String file, String text, int lineOffset) {
        java.util.Deque<Optional<org.snakeyaml.engine.v2.common.Anchor>> open = new java.util.ArrayDeque<>();
        for (Event event : new Parse(settings).parseString(text)) {
            Position at = event.getStartMark().map(m -> position(file, m, lineOffset)).orElse(Position.ofFile(file));
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    open.push(((org.snakeyaml.engine.v2.events.CollectionStartEvent) event).getAnchor());
                    if (open.size() > MAX_DEPTH) {
                        return Optional.of(Problem.error(RuleId.YAML_LIMIT, at,
                                "nesting is deeper than " + MAX_DEPTH + " levels", "flatten the structure"));
                    }
                }
                case MappingEnd, SequenceEnd -> open.pop();
                case Alias -> {
                    org.snakeyaml.engine.v2.common.Anchor alias = ((org.snakeyaml.engine.v2.events.AliasEvent) event).getAlias();
                    if (open.contains(Optional.of(alias))) {
                        return Optional.of(Problem.error(RuleId.YAML_LIMIT, at,
                                "the alias *" + alias.getValue() + " is inside the value it names, which would hold itself forever",
                                "write the values out instead of repeating the anchor's own value inside it"));
                    }
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid YAML";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    static Position position(String file, Mark mark, int lineOffset) {
        return new Position(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    private static final class TooLargeException extends RuntimeException {
        private final Position position;

        TooLargeException(String message, Position position) {
            super(message);
            this.position = position;
        }
    }

    /** Turns SnakeYAML nodes into ours, checking tags, duplicate keys and the node budget. */
    private static final class Converter {
        private final String file;
        private final int lineOffset;
        private final List<Problem> problems;
        private int nodes;

        Converter(String file, int lineOffset, List<Problem> problems) {
            this.file = file;
            this.lineOffset = lineOffset;
            this.problems = problems;
        }

        Node convert(org.snakeyaml.engine.v2.nodes.Node node) {
            Position position = node.getStartMark().map(m -> position(file, m, lineOffset))
                    .orElse(Position.ofFile(file));
            if (++nodes > MAX_NODES) {
                // aliases to large collections multiply: this is what stops a "billion laughs" file
                throw new TooLargeException("document expands to more than " + MAX_NODES + " values", position);
            }
            if (!CORE_TAGS.contains(node.getTag())) {
                problems.add(Problem.error(RuleId.YAML_TAG, position,
                        "tag " + node.getTag() + " is not allowed", "remove the tag; playbook YAML holds plain values only"));
                return new ScalarNode(null, position);
            }
            if (node instanceof MappingNode mapping) {
                return convertMapping(mapping, position);
            }
            if (node instanceof SequenceNode sequence) {
                List<Node> items = new ArrayList<>();
                for (org.snakeyaml.engine.v2.nodes.Node item : sequence.getValue()) {
                    items.add(convert(item));
                }
                return new ListNode(items, position);
            }
            var scalar = (org.snakeyaml.engine.v2.nodes.ScalarNode) node;
            try {
                return new ScalarNode(ScalarValues.of(scalar.getTag(), scalar.getValue()), position);
            } catch (ScalarValues.UnusableNumber e) {
                problems.add(Problem.error(RuleId.YAML_NUMBER, position, e.getMessage(), e.hint));
                return new ScalarNode(null, position);
            }
        }

        private Node convertMapping(MappingNode mapping, Position position) {
            List<MapNode.Entry> entries = new ArrayList<>();
            Map<String, Position> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node key = convert(tuple.getKeyNode());
                Node value = convert(tuple.getValueNode());
                if (!(key instanceof ScalarNode scalarKey) || scalarKey.value() == null) {
                    problems.add(Problem.error(RuleId.YAML_KEY, key.position(), "keys must be plain text",
                            "write the key as a word such as \"name\""));
                    continue;
                }
                String name = scalarKey.text();
                Position first = seen.putIfAbsent(name, key.position());
                if (first != null) {
                    problems.add(Problem.error(RuleId.YAML_DUPLICATE_KEY, key.position(),
                            "duplicate key \"" + name + "\" (first defined at line " + first.line() + ")",
                            "remove one of the two; YAML keeps only one value per key"));
                    continue;
                }
                entries.add(new MapNode.Entry(name, key.position(), value));
            }
            return new MapNode(entries, position);
        }
    }
}
