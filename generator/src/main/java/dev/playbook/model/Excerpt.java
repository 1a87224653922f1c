package dev.playbook.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The source lines around a position, for showing a problem where it is: up to {@link #CONTEXT} lines
 * before and after, and a marker under the column. The terminal, the check's text report and the live
 * preview's error overlay all show this one excerpt.
 *
 * @param firstLine the 1-based number of the first line in {@code lines}
 * @param line      the 1-based line the problem is on
 * @param column    the 1-based column the marker points at
 */
public record Excerpt(int firstLine, List<String> lines, int line, int column) {

    public static final int CONTEXT = 2;

    /** Lines longer than this are cut, so one minified line cannot flood a terminal. */
    static final int MAX_WIDTH = 160;

    public Excerpt {
        lines = List.copyOf(lines);
    }

    /** The excerpt of {@code text} at {@code position}; none for a whole-file position or one past the text. */
    public static Optional<Excerpt> of(String text, Position position) {
        if (position.line() <= 0) {
            return Optional.empty();
        }
        String[] all = text.split("\r?\n", -1);
        if (position.line() > all.length) {
            return Optional.empty();
        }
        int first = Math.max(1, position.line() - CONTEXT);
        int last = Math.min(all.length, position.line() + CONTEXT);
        while (last > position.line() && all[last - 1].isBlank()) {
            last--; // trailing blank lines say nothing
        }
        List<String> lines = new ArrayList<>();
        for (int number = first; number <= last; number++) {
            lines.add(cut(all[number - 1].replace('\t', ' ')));
        }
        return Optional.of(new Excerpt(first, lines, position.line(), Math.max(1, position.column())));
    }

    /**
     * As text: each line with its number, the problem's line marked with {@code >}, and a {@code ^} under
     * the column.
     * <pre>
     *    12 |   - id: discovery
     *  > 13 |     owner: nobody
     *       |            ^
     *    14 |     name: Discovery
     * </pre>
     */
    public List<String> render() {
        int width = String.valueOf(firstLine + lines.size() - 1).length();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int number = firstLine + i;
            String gutter = (number == line ? "> " : "  ") + pad(String.valueOf(number), width) + " | ";
            out.add((gutter + lines.get(i)).stripTrailing());
            if (number == line) {
                out.add("  " + " ".repeat(width) + " | " + " ".repeat(Math.min(column, MAX_WIDTH) - 1) + "^");
            }
        }
        return out;
    }

    private static String cut(String line) {
        return line.length() <= MAX_WIDTH ? line : line.substring(0, MAX_WIDTH) + "…";
    }

    private static String pad(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }
}
