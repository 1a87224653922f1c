package dev.playbook.rules;

import dev.playbook.model.CheckResult;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.model.RuleInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects one rule's checks; each rule run gets its own log. */
public final class CheckLog {

    private final RuleInfo rule;
    private final List<CheckResult> results = new ArrayList<>();

    CheckLog(RuleInfo rule) {
        this.rule = rule;
    }

    public void pass(String file) {
        results.add(new CheckResult(rule.rule(), file, Optional.empty(), Optional.empty()));
    }

    public void fail(Position position, String message, String hint) {
        results.add(new CheckResult(rule.rule(), position.file(), Optional.empty(),
                Optional.of(new Problem(rule.severity(), rule.rule(), position, message, Optional.of(hint)))));
    }

    /** Records a pass when {@code ok}, else a failure. */
    public void expect(boolean ok, Position position, String message, String hint) {
        if (ok) {
            pass(position.file());
        } else {
            fail(position, message, hint);
        }
    }

    /** A check that counts for {@code scope}'s score rather than its file's, such as a missing book. */
    public void expect(boolean ok, Position position, String message, String hint, dev.playbook.model.Book scope) {
        Optional<Problem> problem = ok ? Optional.empty()
                : Optional.of(new Problem(rule.severity(), rule.rule(), position, message, Optional.of(hint)));
        results.add(new CheckResult(rule.rule(), position.file(), Optional.ofNullable(scope), problem));
    }

    List<CheckResult> results() {
        return List.copyOf(results);
    }
}
