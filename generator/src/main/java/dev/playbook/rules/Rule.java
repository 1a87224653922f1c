package dev.playbook.rules;

import dev.playbook.model.RuleInfo;

/** A playbook rule beyond the schema: it records a passed or failed check for every item it looks at. */
public interface Rule {

    RuleInfo info();

    void check(RuleContext context, CheckLog log);
}
