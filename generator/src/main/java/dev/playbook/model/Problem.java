package dev.playbook.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the content, found by any stage. Printed as
 * {@code path:line:col: error [rule-id] message} with an optional hint on the next line.
 */
public record Problem(Severity severity, String ruleId, Position position, String message, String hint) {

    /** Problems are listed by file, then line, then column, so output is stable whatever the stage order. */
    public static final Comparator<Problem> BY_POSITION = Comparator
            .comparing((Problem p) -> p.position().file())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column())
            .thenComparing(Problem::ruleId)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String ruleId, Position position, String message, String hint) {
        return new Problem(Severity.ERROR, ruleId, position, message, hint);
    }

    public static Problem warning(String ruleId, Position position, String message, String hint) {
        return new Problem(Severity.WARNING, ruleId, position, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form, without the hint. */
    public String headline() {
        return position + ": " + severity.label() + " [" + ruleId + "] " + message;
    }

    /** The full form: headline, then the hint indented on its own line when there is one. */
    public String format() {
        return hint == null || hint.isEmpty() ? headline() : headline() + System.lineSeparator() + "    hint: " + hint;
    }
}
