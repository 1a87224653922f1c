package dev.playbook.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every rule id the generator can report: the one catalogue of ids. A problem names its rule with one
 * of these constants, so a misspelt id does not compile; what each rule checks and why (its title,
 * rationale and default severity) is said once, by the rule catalogue of the {@code rules} stage.
 * The string form ({@code link.broken}) is what reports print and what {@code playbook.yaml} and
 * {@code playbook-ignore} comments name.
 */
public enum RuleId {
    CONFIG_MISSING("config.missing"),
    CONFIG_RULE("config.rule"),
    CUSTOMER_SUCCESS_SCENARIOS("customer-success.scenarios"),
    DASHBOARD_METRIC_COMPLETE("dashboard.metric-complete"),
    FRESHNESS_LAST_REVIEWED("freshness.last-reviewed"),
    FRESHNESS_OVERDUE("freshness.overdue"),
    FRESHNESS_OWNER("freshness.owner"),
    FRONTMATTER_MISSING("frontmatter.missing"),
    GLOSSARY_ABBREVIATION("glossary.abbreviation"),
    GLOSSARY_TARGET("glossary.target"),
    GTM_ITEM_OWNER("gtm.item-owner"),
    HIRING_CHARACTERISTICS("hiring.characteristics"),
    HIRING_WEIGHTS("hiring.weights"),
    ID_DUPLICATE("id.duplicate"),
    KIND_MISSING("kind.missing"),
    KIND_UNKNOWN("kind.unknown"),
    LINK_ANCHOR("link.anchor"),
    LINK_BROKEN("link.broken"),
    LINK_OUTSIDE("link.outside"),
    MARKDOWN_LIMIT("markdown.limit"),
    METRICS_COMPLETE("metrics.complete"),
    NAV_UNREACHABLE("nav.unreachable"),
    PAGE_CONFLICT("page.conflict"),
    PLAYBOOK_REQUIRED_SECTIONS("playbook.required-sections"),
    PROCESS_BUYER_OUTCOMES("process.buyer-outcomes"),
    PROCESS_EXIT_CRITERIA("process.exit-criteria"),
    PROCESS_HANDOFF_TRIGGER("process.handoff-trigger"),
    PROCESS_ROLE_PARTICIPATES("process.role-participates"),
    PROCESS_STAGE_DEFINITION("process.stage-definition"),
    PROCESS_STAGE_OWNER("process.stage-owner"),
    PUBLISH_KEPT_ASIDE("publish.kept-aside"),
    PULL_THROUGH_COVERAGE("pull-through.coverage"),
    PULL_THROUGH_RATES("pull-through.rates"),
    REF_METRIC("ref.metric"),
    REF_ROLE("ref.role"),
    REF_STAGE("ref.stage"),
    SCHEMA_ENUM("schema.enum"),
    SCHEMA_MAX_ITEMS("schema.max-items"),
    SCHEMA_MIN_ITEMS("schema.min-items"),
    SCHEMA_PATTERN("schema.pattern"),
    SCHEMA_REQUIRED("schema.required"),
    SCHEMA_TYPE("schema.type"),
    SCHEMA_UNKNOWN_KEY("schema.unknown-key"),
    SCHEMA_VALUE("schema.value"),
    SOURCE_ENCODING("source.encoding"),
    SOURCE_SUBMODULE("source.submodule"),
    SOURCE_FILE_TYPE("source.file-type"),
    SOURCE_NAME("source.name"),
    SOURCE_SYMLINK("source.symlink"),
    SOURCE_TOO_LARGE("source.too-large"),
    SOURCE_UNREADABLE("source.unreadable"),
    SUCCESS_MAP_ACTIVITY_INPUT_METRIC("success-map.activity-input-metric"),
    SUCCESS_MAP_OBJECTIVE_ACTIVITIES("success-map.objective-activities"),
    SUCCESS_MAP_RESULT_OBJECTIVES("success-map.result-objectives"),
    SUPPRESSION_REASON("suppression.reason"),
    SUPPRESSION_UNUSED("suppression.unused"),
    THEME_MISSING("theme.missing"),
    THEME_RENDER("theme.render"),
    THEME_SYNTAX("theme.syntax"),
    VERSION_TAG("version.tag"),
    YAML_DUPLICATE_KEY("yaml.duplicate-key"),
    YAML_EMPTY("yaml.empty"),
    YAML_KEY("yaml.key"),
    YAML_LIMIT("yaml.limit"),
    YAML_NOT_A_MAPPING("yaml.not-a-mapping"),
    YAML_NUMBER("yaml.number"),
    YAML_SYNTAX("yaml.syntax"),
    YAML_TAG("yaml.tag");

    private final String id;

    RuleId(String id) {
        this.id = id;
    }

    /** As written in reports and in the config: {@code link.broken}. */
    public String id() {
        return id;
    }

    public static Optional<RuleId> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
