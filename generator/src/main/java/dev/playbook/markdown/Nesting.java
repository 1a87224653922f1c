package dev.playbook.markdown;

import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The nesting limit of Markdown. flexmark renders (and its visitors walk) the tree recursively, a few
 * stack frames per level: quotes, lists or emphasis nested a thousand deep overflow the stack. Real
 * pages nest a handful of levels; a tree deeper than {@link #MAX_DEPTH} is refused before anything
 * recursive walks it. The tree is measured with a loop, never recursion.
 */
final class Nesting {

    static final int MAX_DEPTH = 50;

    private Nesting() {
    }

    /** The refusal when {@code document} nests deeper than {@link #MAX_DEPTH}, at the first node too deep. */
    static Optional<Refusal> check(Node document, MarkdownConverter.LineIndex lines) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                int[] at = lines.at(node.getStartOffset());
                return Optional.of(new Refusal("the Markdown is nested more than " + MAX_DEPTH + " levels deep (quotes, lists or emphasis)",
                        "flatten it: no page needs more than a few levels", at[0], at[1]));
            }
            // a list and its items are one level to an author: the list itself does not count
            int childDepth = node instanceof com.vladsch.flexmark.ast.ListBlock ? depth : depth + 1;
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(childDepth);
            }
        }
        return Optional.empty();
    }

    /**
     * False when {@code text} has too few characters that open a level to nest {@link #MAX_DEPTH} deep (each
     * level needs one: a quote or list marker, emphasis, a bracket, a tag): most text fields are skipped unparsed.
     */
    static boolean mayBeTooDeep(String text) {
        int openers = 0;
        for (int i = 0; i < text.length() && openers <= MAX_DEPTH; i++) {
            switch (text.charAt(i)) {
                case '>', '-', '*', '+', '_', '~', '[', '<', '.', ')' -> openers++;
                default -> {
                }
            }
        }
        return openers > MAX_DEPTH;
    }
}
