package dev.playbook.model;

/** The playbook's own settings, from {@code playbook.yaml}. */
public record SiteConfig(String title, String company, String currency, String description,
                         CheckSettings checks, MapNode source) {

    public int reviewCadenceDays() {
        return checks.reviewCadenceDays();
    }

    public static final String FILE_NAME = "playbook.yaml";
    public static final int DEFAULT_REVIEW_CADENCE_DAYS = 90;
}
