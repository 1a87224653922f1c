package dev.playbook.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.model.ContentKind;
import dev.playbook.model.PlaybookConfig;
import dev.playbook.model.Position;
import dev.playbook.model.SourceFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every default is stated once, in {@link PlaybookConfig}; the schema's {@code default} keywords, which the docs show, agree. */
class ConfigDefaultsTest {

    @Test
    void theSchemaStatesTheDefaultsTheLoaderApplies() throws IOException {
        JsonNode properties = schema().path("properties");
        assertEquals(PlaybookConfig.DEFAULT_CURRENCY, properties.at("/currency/default").asText());
        assertEquals(PlaybookConfig.DEFAULT_REVIEW_CADENCE_DAYS, properties.at("/review_cadence_days/default").asInt());
        assertEquals(PlaybookConfig.DEFAULT_SEARCH_ENABLED, properties.at("/search/properties/enabled/default").asBoolean());
        assertEquals(PlaybookConfig.DEFAULT_ALLOW_HTML_ASSETS, properties.at("/assets/properties/allow_html/default").asBoolean());
        assertEquals(PlaybookConfig.DEFAULT_VERSIONS_DRAFT, properties.at("/versions/properties/draft/default").asBoolean());
        assertEquals(PlaybookConfig.DEFAULT_PDF_ENABLED, properties.at("/pdf/properties/enabled/default").asBoolean());
        assertEquals(PlaybookConfig.DEFAULT_OFFLINE_ENABLED, properties.at("/offline/properties/enabled/default").asBoolean());
        List<String> kinds = new java.util.ArrayList<>();
        properties.at("/checks/properties/required_sections/items/enum").forEach(kind -> kinds.add(kind.asText()));
        assertEquals(ContentKind.ids(), kinds, "every kind can be required");
    }

    @Test
    void aConfigWithOnlyItsTitleGetsEveryDefault() {
        PlaybookConfig config = read("kind: config\ntitle: Ours\n");
        PlaybookConfig defaults = PlaybookConfig.defaults();
        assertEquals("Ours", config.title());
        assertEquals(defaults.currency(), config.currency());
        assertEquals(defaults.company(), config.company());
        assertEquals(Optional.empty(), config.description());
        assertEquals(defaults.reviewCadenceDays(), config.reviewCadenceDays());
        assertEquals(defaults.searchEnabled(), config.searchEnabled());
        assertEquals(defaults.pdfEnabled(), config.pdfEnabled());
        assertEquals(defaults.offlineEnabled(), config.offlineEnabled());
        assertEquals(defaults.allowHtmlAssets(), config.allowHtmlAssets());
        assertEquals(Optional.empty(), config.versions());
        assertEquals(ContentKind.requiredByDefault(), config.checks().requiredKinds());
        assertEquals(ContentKind.values().length - 1, config.checks().requiredKinds().size());
        assertFalse(config.checks().requiredKinds().contains(ContentKind.GLOSSARY), "a playbook older than the glossary stays clean");
        assertEquals(new Position(PlaybookConfig.FILE_NAME, 1, 1), config.checks().position());
    }

    @Test
    void everySettingIsReadIntoItsType() {
        PlaybookConfig config = read("""
                kind: config
                title: Ours
                currency: EUR
                review_cadence_days: 30
                search: {enabled: false}
                pdf: {enabled: true}
                offline: {enabled: true}
                assets: {allow_html: true}
                versions: {pattern: "v*", draft: true}
                release_notes:
                  v1.0.0: First release.
                checks:
                  required_sections: [roles, metrics, no-such-kind]
                  severity:
                    nav.unreachable: error
                  disabled:
                    - rule: link.anchor
                      reason: Anchors are checked by hand.
                """);
        assertEquals("EUR", config.currency());
        assertEquals(30, config.reviewCadenceDays());
        assertFalse(config.searchEnabled());
        assertTrue(config.pdfEnabled());
        assertTrue(config.offlineEnabled());
        assertTrue(config.allowHtmlAssets());
        assertEquals(Optional.of(new PlaybookConfig.VersionSettings("v*", true)), config.versions());
        assertEquals(Optional.of("First release."), config.releaseNotes("v1.0.0"));
        assertEquals(List.of(ContentKind.ROLES, ContentKind.METRICS), config.checks().requiredKinds(),
                "an unknown kind is the schema's to report, not a required section");
        assertEquals(Map.of("link.anchor", "Anchors are checked by hand."), config.checks().disabledRules());
        assertEquals(new Position(PlaybookConfig.FILE_NAME, 13, 3), config.checks().position());
        assertEquals(new Position(PlaybookConfig.FILE_NAME, 15, 5), config.checks().ruleMentions().get("nav.unreachable"));
        assertEquals(new Position(PlaybookConfig.FILE_NAME, 17, 13), config.checks().ruleMentions().get("link.anchor"));
        assertTrue(config.checks().severityOverrides().containsKey("nav.unreachable"));
    }

    private static PlaybookConfig read(String yaml) {
        return new ContentLoader().config(new SourceFile(PlaybookConfig.FILE_NAME, yaml));
    }

    private static JsonNode schema() throws IOException {
        try (InputStream in = ConfigDefaultsTest.class.getResourceAsStream("/dev/playbook/schema/config.schema.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
