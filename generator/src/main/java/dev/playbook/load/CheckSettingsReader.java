package dev.playbook.load;

import dev.playbook.model.CheckSettings;
import dev.playbook.model.ContentKind;
import dev.playbook.model.MapNode;
import dev.playbook.model.Node;
import dev.playbook.model.ScalarNode;
import dev.playbook.model.SiteConfig;
import dev.playbook.model.Severity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the {@code checks} block of the config leniently; the config schema reports malformed values. */
final class CheckSettingsReader {

    private CheckSettingsReader() {
    }

    static CheckSettings read(MapNode config) {
        int cadence = config.number("review_cadence_days").map(Double::intValue)
                .orElse(SiteConfig.DEFAULT_REVIEW_CADENCE_DAYS);
        MapNode checks = config.map("checks").orElse(new MapNode(List.of(), config.position()));
        List<String> required = checks.get("required_sections").isPresent() ? checks.texts("required_sections") : ContentKind.ids();
        Map<String, Severity> severities = new LinkedHashMap<>();
        checks.map("severity").ifPresent(map -> map.entries().forEach(e -> {
            if (e.value() instanceof ScalarNode value && (value.text().equals("error") || value.text().equals("warning"))) {
                severities.put(e.key(), Severity.valueOf(value.text().toUpperCase(Locale.ROOT)));
            }
        }));
        Map<String, String> disabled = new LinkedHashMap<>();
        for (Node item : checks.list("disabled")) {
            if (item instanceof MapNode entry && entry.text("rule").isPresent()) {
                disabled.put(entry.text("rule").get(), entry.text("reason").orElse(""));
            }
        }
        return new CheckSettings(required, severities, disabled, cadence);
    }
}
