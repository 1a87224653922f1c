package dev.playbook.serve;

import dev.playbook.model.Excerpt;
import dev.playbook.model.Problem;

import java.util.Objects;
import java.util.Optional;

/**
 * A problem as the live preview's overlay shows it, the way the terminal prints it: where, how bad, which
 * rule, what and how to fix it, and the source lines around it with a marker under the column.
 *
 * @param location {@code content/team/x.yaml:3:5}, as {@link dev.playbook.model.Position#format(String)} writes it
 * @param severity {@code error} or {@code warning}
 * @param rule     the rule id, {@code link.broken}
 * @param message  what is wrong; user content, shown as text only
 * @param hint     how to fix it, when there is more to say
 * @param excerpt  the source lines around the position, when the file has them
 */
public record OverlayProblem(String location, String severity, String rule, String message, Optional<String> hint,
                             Optional<Excerpt> excerpt) {

    public OverlayProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        hint = hint.filter(text -> !text.isBlank());
        Objects.requireNonNull(excerpt, "excerpt");
    }

    /**
     * {@code problem} as the overlay shows it.
     *
     * @param prefix  the content folder as the user names it ({@code content/}), as {@code Position.format} takes it
     * @param excerpt the lines around the problem ({@code Excerpt.of(text, problem.position())})
     */
    public static OverlayProblem of(Problem problem, String prefix, Optional<Excerpt> excerpt) {
        return new OverlayProblem(problem.position().format(prefix), problem.severity().label(), problem.ruleId(),
                problem.message(), problem.hint(), excerpt);
    }
}
