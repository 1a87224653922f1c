package dev.playbook.rules;

import dev.playbook.model.CheckResult;
import dev.playbook.model.RuleInfo;

import java.util.ArrayList;
import java.util.List;

/** The playbook rules, run in a fixed order; disabled rules are not run at all. */
public final class RuleSet {

    private final List<Rule> rules;

    public RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleSet defaults() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(ProcessRules.all());
        rules.addAll(MeasurementRules.all());
        rules.addAll(KindRules.all());
        rules.addAll(FreshnessRules.all());
        rules.addAll(GlossaryRules.all());
        return new RuleSet(rules);
    }

    public List<RuleInfo> infos() {
        return rules.stream().map(Rule::info).toList();
    }

    public List<CheckResult> run(RuleContext context) {
        List<CheckResult> results = new ArrayList<>();
        for (Rule rule : rules) {
            if (context.settings().disabledRules().containsKey(rule.info().id())) {
                continue;
            }
            CheckLog log = new CheckLog(rule.info());
            rule.check(context, log);
            results.addAll(log.results());
        }
        return results;
    }
}
