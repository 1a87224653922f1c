package dev.playbook.load;

import dev.playbook.model.CheckSettings;
import dev.playbook.model.ContentKind;
import dev.playbook.model.MapNode;
import dev.playbook.model.Node;
import dev.playbook.model.PlaybookConfig;
import dev.playbook.model.Position;
import dev.playbook.model.ScalarNode;
import dev.playbook.model.Severity;
import dev.playbook.model.SiteSettings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code playbook.yaml} into a typed {@link PlaybookConfig}, leniently: a value of the wrong shape
 * falls back to its default here, and the config schema reports it with its position.
 */
final class ConfigReader {

    private ConfigReader() {
    }

    static PlaybookConfig read(MapNode fields) {
        Map<String, String> releaseNotes = new LinkedHashMap<>();
        fields.map("release_notes").ifPresent(notes -> notes.entries().forEach(e ->
                notes.text(e.key()).ifPresent(text -> releaseNotes.put(e.key(), text))));
        return new PlaybookConfig(
                fields.text("title").orElse(PlaybookConfig.DEFAULT_TITLE),
                fields.text("company").orElse(PlaybookConfig.DEFAULT_COMPANY),
                fields.text("currency").orElse(PlaybookConfig.DEFAULT_CURRENCY),
                fields.text("description"),
                fields.number("review_cadence_days").map(Double::intValue).orElse(PlaybookConfig.DEFAULT_REVIEW_CADENCE_DAYS),
                checks(fields),
                fields.map("search").flatMap(search -> bool(search, "enabled")).orElse(PlaybookConfig.DEFAULT_SEARCH_ENABLED),
                fields.map("assets").flatMap(assets -> bool(assets, "allow_html")).orElse(PlaybookConfig.DEFAULT_ALLOW_HTML_ASSETS),
                fields.map("pdf").flatMap(pdf -> bool(pdf, "enabled")).orElse(PlaybookConfig.DEFAULT_PDF_ENABLED),
                fields.map("offline").flatMap(offline -> bool(offline, "enabled")).orElse(PlaybookConfig.DEFAULT_OFFLINE_ENABLED),
                fields.map("versions").flatMap(versions -> versions.text("pattern").map(pattern -> new PlaybookConfig.VersionSettings(
                        pattern, bool(versions, "draft").orElse(PlaybookConfig.DEFAULT_VERSIONS_DRAFT)))),
                releaseNotes,
                site(fields),
                fields);
    }

    private static CheckSettings checks(MapNode config) {
        Optional<MapNode> block = config.map("checks");
        Position position = config.get("checks").map(Node::position).orElse(new Position(PlaybookConfig.FILE_NAME, 1, 1));
        MapNode checks = block.orElse(new MapNode(List.of(), config.position()));
        List<ContentKind> required = checks.get("required_sections").isPresent()
                ? checks.texts("required_sections").stream().flatMap(id -> ContentKind.byId(id).stream()).toList()
                : ContentKind.requiredByDefault();
        Map<String, Severity> severities = new LinkedHashMap<>();
        Map<String, Position> mentions = new LinkedHashMap<>();
        checks.map("severity").ifPresent(map -> map.entries().forEach(e -> {
            mentions.put(e.key(), e.keyPosition());
            if (e.value() instanceof ScalarNode value && (value.text().equals("error") || value.text().equals("warning"))) {
                severities.put(e.key(), Severity.valueOf(value.text().toUpperCase(Locale.ROOT)));
            }
        }));
        Map<String, String> disabled = new LinkedHashMap<>();
        for (Node item : checks.list("disabled")) {
            if (item instanceof MapNode entry && entry.get("rule").orElse(null) instanceof ScalarNode rule) {
                mentions.put(rule.text(), rule.position());
                disabled.put(rule.text(), entry.text("reason").orElse(""));
            }
        }
        return new CheckSettings(required, severities, disabled, mentions, position);
    }

    private static SiteSettings site(MapNode config) {
        MapNode site = config.map("site").orElse(new MapNode(List.of(), config.position()));
        return new SiteSettings(site.text("logo"), site.text("favicon"), site.text("accent_color"), site.text("base_url"),
                site.text("repo_url"), site.text("edit_path").orElse(SiteSettings.DEFAULT_EDIT_PATH));
    }

    /** A boolean setting; anything else is the schema's to report. */
    private static Optional<Boolean> bool(MapNode map, String key) {
        return map.get(key).filter(ScalarNode.class::isInstance).map(node -> ((ScalarNode) node).value())
                .filter(Boolean.class::isInstance).map(Boolean.class::cast);
    }
}
