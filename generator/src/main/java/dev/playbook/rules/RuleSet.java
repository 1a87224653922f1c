package dev.playbook.rules;

import dev.playbook.model.CheckResult;
import dev.playbook.model.Document;
import dev.playbook.model.Position;
import dev.playbook.model.RunMemo;
import dev.playbook.model.RuleInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The playbook rules, run in a fixed order; disabled rules are not run at all. */
public final class RuleSet {

    private final List<Rule> rules;
    /** What the rules remember of each document between runs: only in a warm process. */
    private final Optional<RunMemo<Document, Map<String, Position>>> abbreviationUses;

    public RuleSet(List<Rule> rules) {
        this(rules, Optional.empty());
    }

    private RuleSet(List<Rule> rules, Optional<RunMemo<Document, Map<String, Position>>> abbreviationUses) {
        this.rules = List.copyOf(rules);
        this.abbreviationUses = abbreviationUses;
    }

    /** The rules for one build. */
    public static RuleSet defaults() {
        return withDefaults(Optional.empty());
    }

    /**
     * The rules for run after run in a warm process (the live preview): what they found in a document is kept
     * while the document is the same object, which the loader keeps it as while its file does not change.
     */
    public static RuleSet remembering() {
        return withDefaults(Optional.of(RunMemo.byIdentity()));
    }

    private static RuleSet withDefaults(Optional<RunMemo<Document, Map<String, Position>>> abbreviationUses) {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(ProcessRules.all());
        rules.addAll(MeasurementRules.all());
        rules.addAll(KindRules.all());
        rules.addAll(FreshnessRules.all());
        rules.addAll(GlossaryRules.all(abbreviationUses));
        return new RuleSet(rules, abbreviationUses);
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
        abbreviationUses.ifPresent(RunMemo::endRun);
        return results;
    }
}
