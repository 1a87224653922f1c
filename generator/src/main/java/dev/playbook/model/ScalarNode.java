package dev.playbook.model;

/** A string, number, boolean or null; {@code value} is a String, Long, Double, Boolean or null. */
public record ScalarNode(Object value, Position position) implements Node {

    public boolean isString() {
        return value instanceof String;
    }

    /** The value as text, as the author wrote it for strings and in canonical form otherwise. */
    public String text() {
        return value == null ? "" : value.toString();
    }

    @Override
    public Object toPlain() {
        return value;
    }
}
