package dev.playbook.rules;

import dev.playbook.model.RuleId;
import dev.playbook.model.CheckResult;
import dev.playbook.model.CheckSettings;
import dev.playbook.model.MapNode;
import dev.playbook.model.Node;
import dev.playbook.model.Problem;
import dev.playbook.model.RuleInfo;
import dev.playbook.model.ScalarNode;
import dev.playbook.model.Severity;
import dev.playbook.model.Position;
import dev.playbook.model.Suggestions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the playbook's own judgement to everything found: disabled rules drop out, severities are
 * overridden, and inline suppressions silence one finding each. A suppressed check counts as passed:
 * someone decided, with a reason, that it is fine.
 */
public final class ProblemPolicy {

    /** Problems and checks after the policy, plus problems with the policy itself. */
    public record Outcome(List<Problem> problems, List<CheckResult> checks) {
    }

    private final CheckSettings settings;
    private final RuleCatalog catalog;
    private final Suppressions suppressions;

    public ProblemPolicy(CheckSettings settings, RuleCatalog catalog, Suppressions suppressions) {
        this.settings = settings;
        this.catalog = catalog;
        this.suppressions = suppressions;
    }

    /**
     * The checks as the policy sees them: disabled rules dropped, severities overridden, suppressed findings
     * passed. Judged once, before the score, and carried to {@link #apply} with the suppressions they used.
     */
    public JudgedChecks judge(List<CheckResult> checks) {
        Set<Suppressions.Suppression> used = new HashSet<>();
        List<CheckResult> adjustedChecks = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (CheckResult check : checks) {
            if (settings.disabledRules().containsKey(check.ruleId())) {
                continue;
            }
            Optional<Problem> problem = check.problem().flatMap(p -> adjust(p, used));
            problem.ifPresent(problems::add);
            adjustedChecks.add(check.withProblem(problem));
        }
        return new JudgedChecks(List.copyOf(adjustedChecks), List.copyOf(problems), Set.copyOf(used));
    }

    /** Every other problem found, judged beside the checks, and the problems with the policy itself. */
    public Outcome apply(List<Problem> problems, JudgedChecks checks) {
        Set<Suppressions.Suppression> used = new HashSet<>(checks.usedSuppressions());
        List<Problem> kept = new ArrayList<>();
        for (Problem problem : problems) {
            adjust(problem, used).ifPresent(kept::add);
        }
        kept.addAll(checks.problems());
        kept.addAll(policyProblems(used));
        return new Outcome(kept, checks.checks());
    }

    /** Checks after the policy, the problems the failed ones report, and the suppressions they used. */
    public record JudgedChecks(List<CheckResult> checks, List<Problem> problems, Set<Suppressions.Suppression> usedSuppressions) {
    }

    private Optional<Problem> adjust(Problem problem, Set<Suppressions.Suppression> used) {
        boolean configurable = catalog.byId(problem.ruleId()).map(RuleInfo::configurable).orElse(false);
        if (!configurable) {
            return Optional.of(problem);
        }
        if (settings.disabledRules().containsKey(problem.ruleId())) {
            return Optional.empty();
        }
        for (Suppressions.Suppression suppression : suppressions.all()) {
            if (suppression.ruleId().equals(problem.ruleId())
                    && suppression.covers(problem.position().file(), problem.position().line())) {
                used.add(suppression);
                return Optional.empty();
            }
        }
        Severity severity = settings.severityOverrides().get(problem.ruleId());
        return Optional.of(severity == null || severity == problem.severity() ? problem
                : new Problem(severity, problem.rule(), problem.position(), problem.message(), problem.hint()));
    }

    private List<Problem> policyProblems(Set<Suppressions.Suppression> used) {
        List<Problem> problems = new ArrayList<>();
        for (Suppressions.Suppression suppression : suppressions.all()) {
            if (suppression.reason().isBlank()) {
                problems.add(Problem.error(RuleId.SUPPRESSION_REASON, suppression.position(),
                        "the suppression of \"" + suppression.ruleId() + "\" gives no reason",
                        "write it as \"playbook-ignore " + suppression.ruleId() + ": <why this is fine>\""));
            } else if (!used.contains(suppression) && suppressions.judgesUse()) {
                problems.add(Problem.warning(RuleId.SUPPRESSION_UNUSED, suppression.position(),
                        "the suppression of \"" + suppression.ruleId() + "\" matches no problem on this line or the next",
                        catalog.byId(suppression.ruleId()).isEmpty()
                                ? Suggestions.hint(suppression.ruleId(), catalog.ids()) : Optional.of("remove it")));
            }
        }
        for (Map.Entry<String, Position> named : settings.ruleMentions().entrySet()) {
            Optional<RuleInfo> rule = catalog.byId(named.getKey());
            if (rule.isEmpty()) {
                problems.add(Problem.warning(RuleId.CONFIG_RULE, named.getValue(),
                        "no rule is called \"" + named.getKey() + "\"", Suggestions.hint(named.getKey(), catalog.ids())));
            } else if (!rule.get().configurable()) {
                problems.add(Problem.warning(RuleId.CONFIG_RULE, named.getValue(),
                        "rule \"" + named.getKey() + "\" cannot be disabled or re-graded",
                        "fix the content instead: without it nothing else can be checked"));
            }
        }
        return problems;
    }

}
