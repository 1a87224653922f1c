package dev.playbook.model;

import java.util.List;
import java.util.Map;

/**
 * How a playbook wants to be checked, from the {@code checks} block of {@code playbook.yaml}:
 * which kinds it must contain, rule severities it overrides, and rules it disables (with a reason).
 */
public record CheckSettings(List<String> requiredSections, Map<String, Severity> severityOverrides,
                            Map<String, String> disabledRules, int reviewCadenceDays) {

    public CheckSettings {
        requiredSections = List.copyOf(requiredSections);
        severityOverrides = Map.copyOf(severityOverrides);
        disabledRules = Map.copyOf(disabledRules);
    }

    public static CheckSettings defaults() {
        return new CheckSettings(ContentKind.ids(), Map.of(), Map.of(), SiteConfig.DEFAULT_REVIEW_CADENCE_DAYS);
    }
}
