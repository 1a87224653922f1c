package dev.playbook.markdown;

import dev.playbook.model.Position;

import java.util.Optional;

/**
 * Where in its YAML file a link inside a text field is: the field's value, as YAML gave it, has lost its
 * quotes, escapes, indentation and line folding, so a link's place in the value is not its place in the
 * file. The link's first word as the value has it ({@code [more](javascript:x)}, {@code <a}) is looked
 * for on the field's own line, from the field's start on; when it is there, that is the link's column.
 * When it is not (an escape inside it, or a link on a later line of a block or folded value) the field's
 * position stands: a {@code playbook-ignore} comment can only stand above a field, never inside its value,
 * so a link reported below the field's first line could not be suppressed.
 */
final class FieldLinkPlace {

    private FieldLinkPlace() {
    }

    /**
     * @param file  the YAML file's text
     * @param field the position of the field's value
     * @param value the value as loaded
     * @param link  the link's line and column within {@code value}
     */
    static Position locate(String file, Position field, String value, LinkRef link) {
        return find(file, field, firstWord(value, link)).orElse(field);
    }

    private static String firstWord(String value, LinkRef link) {
        int lineStart = 0;
        for (int line = 1; line < link.line(); line++) {
            lineStart = value.indexOf('\n', lineStart) + 1;
        }
        int start = Math.min(value.length(), lineStart + link.column() - 1);
        int end = start;
        while (end < value.length() && !Character.isWhitespace(value.charAt(end)) && end - start < 200) {
            end++;
        }
        return value.substring(start, end);
    }

    private static Optional<Position> find(String file, Position field, String word) {
        if (word.length() < 2 || field.line() < 1) {
            return Optional.empty();
        }
        int offset = 0;
        for (int line = 1; line < field.line() && offset >= 0; line++) {
            offset = file.indexOf('\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        if (offset < 0) {
            return Optional.empty();
        }
        int from = Math.min(file.length(), offset + field.column() - 1);
        int lineEnd = file.indexOf('\n', from);
        int found = file.indexOf(word, from);
        if (found < 0 || (lineEnd >= 0 && found + word.length() > lineEnd)) {
            return Optional.empty();
        }
        return Optional.of(new Position(field.file(), field.line(), found - offset + 1));
    }
}
