package dev.playbook.model;

import java.util.List;

public record ListNode(List<Node> items, Position position) implements Node {

    public ListNode {
        items = List.copyOf(items);
    }

    @Override
    public Object toPlain() {
        // List.copyOf rejects nulls, and YAML lists may hold nulls: use an unmodifiable view instead
        return java.util.Collections.unmodifiableList(items.stream().map(Node::toPlain).toList());
    }
}
