package dev.playbook.rules;

import dev.playbook.model.MapNode;
import dev.playbook.model.Node;
import dev.playbook.model.ScalarNode;

/** Small readers rules share: whether a value is filled in, how items and numbers read in messages. */
final class Items {

    private Items() {
    }

    /** Present and not blank: a scalar with text, or a non-empty list or mapping. */
    static boolean filled(MapNode map, String key) {
        return map.get(key).map(Items::filled).orElse(false);
    }

    static boolean filled(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.value() != null && !scalar.text().isBlank();
        }
        if (node instanceof dev.playbook.model.ListNode list) {
            return list.items().stream().anyMatch(Items::filled);
        }
        return !((MapNode) node).entries().isEmpty();
    }

    /** A number as authors write it: 100, not 100.0. */
    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** How an item is named in messages: {@code stage "discovery"}. */
    static String label(String noun, MapNode item) {
        return item.text("id").or(() -> item.text("name")).map(id -> noun + " \"" + id + "\"").orElse("a " + noun);
    }
}
