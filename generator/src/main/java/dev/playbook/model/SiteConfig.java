package dev.playbook.model;

/** The playbook's own settings, from {@code playbook.yaml}. */
public record SiteConfig(String title, String company, String currency, String description,
                         CheckSettings checks, MapNode source) {

    public int reviewCadenceDays() {
        return checks.reviewCadenceDays();
    }

    /** Whether the build writes a search index ({@code search: {enabled: false}} turns it off). */
    public boolean searchEnabled() {
        return source == null || source.map("search")
                .flatMap(search -> search.get("enabled"))
                .map(enabled -> !(enabled instanceof ScalarNode scalar) || !Boolean.FALSE.equals(scalar.value()))
                .orElse(true);
    }

    public static final String FILE_NAME = "playbook.yaml";
    public static final int DEFAULT_REVIEW_CADENCE_DAYS = 90;
}
