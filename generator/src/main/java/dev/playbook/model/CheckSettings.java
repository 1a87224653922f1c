package dev.playbook.model;

import java.util.List;
import java.util.Map;

/**
 * How a playbook wants to be checked, from the {@code checks} block of {@code playbook.yaml}: which kinds
 * it must contain, rule severities it overrides, and rules it disables (with a reason).
 * {@code ruleMentions} says where the config names each rule id, so a misspelt one is reported there;
 * {@code position} is where the block is (the file's start when there is none), where a missing
 * required section is reported.
 */
public record CheckSettings(List<ContentKind> requiredKinds, Map<String, Severity> severityOverrides,
                            Map<String, String> disabledRules, Map<String, Position> ruleMentions, Position position) {

    public CheckSettings {
        requiredKinds = List.copyOf(requiredKinds);
        severityOverrides = Map.copyOf(severityOverrides);
        disabledRules = Map.copyOf(disabledRules);
        ruleMentions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ruleMentions));
    }

    /** Every kind required, every rule at its default severity. */
    public static CheckSettings defaults(Position position) {
        return new CheckSettings(List.of(ContentKind.values()), Map.of(), Map.of(), Map.of(), position);
    }
}
