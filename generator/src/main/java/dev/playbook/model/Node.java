package dev.playbook.model;

/**
 * A YAML value with the position it came from. The loader turns SnakeYAML's nodes into these so
 * that no later stage depends on SnakeYAML and every stage can point at a line and column.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

    Position position();

    /** Plain Java form: LinkedHashMap, List, String, Long, Double, Boolean or null, all unmodifiable. */
    Object toPlain();
}
