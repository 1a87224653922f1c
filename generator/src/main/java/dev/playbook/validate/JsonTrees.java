package dev.playbook.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.model.ListNode;
import dev.playbook.model.MapNode;
import dev.playbook.model.Node;
import dev.playbook.model.ScalarNode;

import java.util.Optional;

/** Converts our positioned nodes to Jackson trees for the schema validator, and finds nodes by path. */
final class JsonTrees {

    private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    static JsonNode toJson(Node node) {
        if (node instanceof MapNode map) {
            ObjectNode object = FACTORY.objectNode();
            map.entries().forEach(e -> object.set(e.key(), toJson(e.value())));
            return object;
        }
        if (node instanceof ListNode list) {
            ArrayNode array = FACTORY.arrayNode();
            list.items().forEach(item -> array.add(toJson(item)));
            return array;
        }
        Object value = ((ScalarNode) node).value();
        if (value == null) {
            return FACTORY.nullNode();
        }
        if (value instanceof Boolean b) {
            return FACTORY.booleanNode(b);
        }
        if (value instanceof Long l) {
            return FACTORY.numberNode(l);
        }
        if (value instanceof Double d) {
            return FACTORY.numberNode(d);
        }
        return FACTORY.textNode(value.toString());
    }

    /** The node at a path of keys (String) and indexes (Integer). */
    static Optional<Node> at(Node root, java.util.List<Object> path) {
        Node current = root;
        for (Object element : path) {
            if (element instanceof Integer index && current instanceof ListNode list && index < list.items().size()) {
                current = list.items().get(index);
            } else if (element instanceof String key && current instanceof MapNode map && map.get(key).isPresent()) {
                current = map.get(key).get();
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    /** A path as authors read it: {@code stages[2].owner}. */
    static String describe(java.util.List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object element : path) {
            if (element instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(element);
            }
        }
        return text.toString();
    }
}
