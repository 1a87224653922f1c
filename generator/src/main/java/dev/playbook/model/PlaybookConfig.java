package dev.playbook.model;

import java.util.Map;
import java.util.Optional;

/**
 * The playbook's own settings, read once from {@code playbook.yaml} by the load stage. Every default is
 * stated here and nowhere else; the config schema's {@code default} keywords say the same, and a test
 * holds the two together. {@code source} is the file as written, for the schema validator and nothing
 * else: every setting a stage needs is a typed component.
 */
public record PlaybookConfig(String title, String company, String currency, Optional<String> description,
                             int reviewCadenceDays, CheckSettings checks, boolean searchEnabled, boolean allowHtmlAssets,
                             boolean pdfEnabled, boolean offlineEnabled, Optional<VersionSettings> versions, Map<String, String> releaseNotes,
                             SiteSettings site, MapNode source) {

    public static final String FILE_NAME = "playbook.yaml";

    public static final String DEFAULT_TITLE = "Playbook";
    public static final String DEFAULT_COMPANY = "";
    public static final String DEFAULT_CURRENCY = "USD";
    public static final int DEFAULT_REVIEW_CADENCE_DAYS = 90;
    public static final boolean DEFAULT_SEARCH_ENABLED = true;
    public static final boolean DEFAULT_PDF_ENABLED = false;
    public static final boolean DEFAULT_OFFLINE_ENABLED = false;
    /** {@code assets: {allow_html}}: content files that can carry script are refused unless this is on. */
    public static final boolean DEFAULT_ALLOW_HTML_ASSETS = false;
    public static final boolean DEFAULT_VERSIONS_DRAFT = false;

    public PlaybookConfig {
        releaseNotes = Map.copyOf(releaseNotes);
    }

    /** The settings of a playbook that has no {@code playbook.yaml}: every default. */
    public static PlaybookConfig defaults() {
        Position file = Position.ofFile(FILE_NAME);
        return new PlaybookConfig(DEFAULT_TITLE, DEFAULT_COMPANY, DEFAULT_CURRENCY, Optional.empty(),
                DEFAULT_REVIEW_CADENCE_DAYS, CheckSettings.defaults(file), DEFAULT_SEARCH_ENABLED, DEFAULT_ALLOW_HTML_ASSETS,
                DEFAULT_PDF_ENABLED, DEFAULT_OFFLINE_ENABLED,
                Optional.empty(), Map.of(), SiteSettings.defaults(), new MapNode(java.util.List.of(), file));
    }

    /** The release notes the config gives for one version tag. */
    public Optional<String> releaseNotes(String version) {
        return Optional.ofNullable(releaseNotes.get(version));
    }

    /** The {@code versions} block: which Git tags are versions, and whether the working tree is published as a draft. */
    public record VersionSettings(String pattern, boolean draft) {
    }
}
