package dev.playbook.rules;

import dev.playbook.model.Problem;
import dev.playbook.model.Section;

import java.util.Optional;

/**
 * One check of one rule on one item of one file: passed, or failed with its problem. {@code scope}
 * names the playbook the check counts for when that is not the file's own (a missing section).
 */
public record CheckResult(String ruleId, String file, Optional<Section> scope, Optional<Problem> problem) {

    public CheckResult withProblem(Optional<Problem> replaced) {
        return new CheckResult(ruleId, file, scope, replaced);
    }

    public boolean passed() {
        return problem.isEmpty();
    }
}
