/**
 * Rules stage: the playbook rules beyond the schema (each records passed and failed checks), the catalogue
 * of what every rule id means, the playbook's policy (severities, disabled rules, suppressions) and the
 * completeness score.
 * <p>API: {@code RuleSet}, {@code Rule}, {@code CheckLog}, {@code RuleContext}, {@code RuleCatalog},
 * {@code ProblemPolicy}, {@code Suppressions} and {@code CompletenessScorer}.
 */
package dev.playbook.rules;
