package dev.playbook.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every structured kind the playbook understands, the playbook it belongs to and its place in that
 * playbook's navigation. Each has a JSON Schema named {@code <id>.schema.json}.
 */
public enum ContentKind {
    BUYER_JOURNEY("buyer-journey", Section.TEAM),
    SALES_PROCESS("sales-process", Section.TEAM),
    ROLES("roles", Section.TEAM),
    QUALIFICATION("qualification", Section.TEAM),
    LEAD_MANAGEMENT("lead-management", Section.TEAM),
    OPPORTUNITY_MANAGEMENT("opportunity-management", Section.TEAM),
    CUSTOMER_SUCCESS("customer-success", Section.TEAM),
    SALES_MODELS("sales-models", Section.TEAM),
    HIRING_FORMULA("hiring-formula", Section.LEADERSHIP),
    ORG_DESIGN("org-design", Section.LEADERSHIP),
    EMPOWERMENT("empowerment", Section.LEADERSHIP),
    FLM_DEVELOPMENT("flm-development", Section.LEADERSHIP),
    CONTESTS("contests", Section.LEADERSHIP),
    COMPENSATION("compensation", Section.LEADERSHIP),
    METRICS("metrics", Section.MANAGEMENT),
    SUCCESS_MAP("success-map", Section.MANAGEMENT),
    PULL_THROUGH("pull-through", Section.MANAGEMENT),
    OKRS("okrs", Section.MANAGEMENT),
    REPORTING("reporting", Section.MANAGEMENT),
    GTM_ALIGNMENT("gtm-alignment", Section.MANAGEMENT);

    private final String id;
    private final Section section;

    ContentKind(String id, Section section) {
        this.id = id;
        this.section = section;
    }

    public String id() {
        return id;
    }

    public Section section() {
        return section;
    }

    public static Optional<ContentKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ContentKind::id).toList();
    }
}
