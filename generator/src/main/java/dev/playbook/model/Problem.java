package dev.playbook.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with the content, found by any stage. Printed as
 * {@code path:line:col: error [rule-id] message} with an optional hint on the next line.
 */
public record Problem(Severity severity, RuleId rule, Position position, String message, Optional<String> hint) {

    /** Problems are listed by file, then line, then column, so output is stable whatever the stage order. */
    public static final Comparator<Problem> BY_POSITION = Comparator
            .comparing((Problem p) -> p.position().file())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column())
            .thenComparing(Problem::ruleId)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        hint = hint.filter(text -> !text.isBlank());
    }

    public static Problem error(RuleId rule, Position position, String message, String hint) {
        return error(rule, position, message, Optional.of(hint));
    }

    public static Problem error(RuleId rule, Position position, String message, Optional<String> hint) {
        return new Problem(Severity.ERROR, rule, position, message, hint);
    }

    /** A problem whose message says all there is to say. */
    public static Problem error(RuleId rule, Position position, String message) {
        return error(rule, position, message, Optional.empty());
    }

    public static Problem warning(RuleId rule, Position position, String message, String hint) {
        return warning(rule, position, message, Optional.of(hint));
    }

    public static Problem warning(RuleId rule, Position position, String message, Optional<String> hint) {
        return new Problem(Severity.WARNING, rule, position, message, hint);
    }

    /** The rule's id as reports print it: {@code link.broken}. */
    public String ruleId() {
        return rule.id();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form, without the hint; {@code prefix} as {@link Position#format(String)} takes it. */
    public String headline(String prefix) {
        return position.format(prefix) + ": " + severity.label() + " [" + rule.id() + "] " + Position.escaped(message);
    }

    /** The full form: headline, then the hint indented on its own line when there is one. */
    public String format(String prefix) {
        return hint.map(text -> headline(prefix) + System.lineSeparator() + "    hint: " + text).orElse(headline(prefix));
    }

    /** The full form with paths relative to the content folder. */
    public String format() {
        return format("");
    }
}
