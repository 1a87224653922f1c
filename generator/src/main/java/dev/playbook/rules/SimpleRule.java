package dev.playbook.rules;

import dev.playbook.model.RuleInfo;

import java.util.function.BiConsumer;

/** A rule made of its description and a check function; most rules need nothing more. */
record SimpleRule(RuleInfo info, BiConsumer<RuleContext, CheckLog> body) implements Rule {

    @Override
    public void check(RuleContext context, CheckLog log) {
        body.accept(context, log);
    }
}
