package dev.playbook.model;

import java.util.Optional;

/**
 * One check of one rule on one item of one file: passed, or failed with its problem. {@code scope}
 * names the playbook the check counts for when that is not the file's own (a missing section).
 */
public record CheckResult(RuleId rule, String file, Optional<Book> scope, Optional<Problem> problem) {

    public CheckResult withProblem(Optional<Problem> replaced) {
        return new CheckResult(rule, file, scope, replaced);
    }

    /** The rule's id as reports print it. */
    public String ruleId() {
        return rule.id();
    }

    public boolean passed() {
        return problem.isEmpty();
    }
}
