package dev.playbook.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A YAML mapping with string keys, in document order; each key keeps its own position. */
public record MapNode(List<Entry> entries, Position position) implements Node {

    public record Entry(String key, Position keyPosition, Node value) {
    }

    public MapNode {
        entries = List.copyOf(entries);
    }

    public Optional<Node> get(String key) {
        for (Entry entry : entries) {
            if (entry.key().equals(key)) {
                return Optional.of(entry.value());
            }
        }
        return Optional.empty();
    }

    public Optional<Entry> entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** The string value of {@code key}, when it is present and a scalar. */
    public Optional<String> text(String key) {
        return get(key).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text());
    }

    public List<Node> list(String key) {
        return get(key).filter(ListNode.class::isInstance).map(n -> ((ListNode) n).items()).orElse(List.of());
    }

    /** The mappings of a list value; other items are skipped (the schema reports them). */
    public List<MapNode> maps(String key) {
        return list(key).stream().filter(MapNode.class::isInstance).map(MapNode.class::cast).toList();
    }

    public Optional<MapNode> map(String key) {
        return get(key).filter(MapNode.class::isInstance).map(MapNode.class::cast);
    }

    public Optional<Double> number(String key) {
        return get(key).filter(ScalarNode.class::isInstance)
                .map(n -> ((ScalarNode) n).value())
                .filter(Number.class::isInstance)
                .map(v -> ((Number) v).doubleValue());
    }

    /** Strings of a list value; non-string items are skipped (the schema reports them). */
    public List<String> texts(String key) {
        return list(key).stream()
                .filter(ScalarNode.class::isInstance)
                .map(n -> ((ScalarNode) n).text())
                .toList();
    }

    @Override
    public Map<String, Object> toPlain() {
        Map<String, Object> plain = new LinkedHashMap<>();
        for (Entry entry : entries) {
            plain.put(entry.key(), entry.value().toPlain());
        }
        return Collections.unmodifiableMap(plain);
    }
}
