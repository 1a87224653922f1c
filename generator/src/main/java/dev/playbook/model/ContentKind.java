package dev.playbook.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every structured kind the playbook understands, the playbook it belongs to and its place in that
 * playbook's navigation. Each has a JSON Schema named {@code <id>.schema.json}.
 */
public enum ContentKind {
    BUYER_JOURNEY("buyer-journey", Book.TEAM),
    SALES_PROCESS("sales-process", Book.TEAM),
    ROLES("roles", Book.TEAM),
    QUALIFICATION("qualification", Book.TEAM),
    LEAD_MANAGEMENT("lead-management", Book.TEAM),
    OPPORTUNITY_MANAGEMENT("opportunity-management", Book.TEAM),
    CUSTOMER_SUCCESS("customer-success", Book.TEAM),
    SALES_MODELS("sales-models", Book.TEAM),
    GLOSSARY("glossary", Book.TEAM),
    HIRING_FORMULA("hiring-formula", Book.LEADERSHIP),
    ORG_DESIGN("org-design", Book.LEADERSHIP),
    EMPOWERMENT("empowerment", Book.LEADERSHIP),
    FLM_DEVELOPMENT("flm-development", Book.LEADERSHIP),
    CONTESTS("contests", Book.LEADERSHIP),
    COMPENSATION("compensation", Book.LEADERSHIP),
    METRICS("metrics", Book.MANAGEMENT),
    SUCCESS_MAP("success-map", Book.MANAGEMENT),
    PULL_THROUGH("pull-through", Book.MANAGEMENT),
    OKRS("okrs", Book.MANAGEMENT),
    REPORTING("reporting", Book.MANAGEMENT),
    GTM_ALIGNMENT("gtm-alignment", Book.MANAGEMENT);

    private final String id;
    private final Book book;

    ContentKind(String id, Book book) {
        this.id = id;
        this.book = book;
    }

    public String id() {
        return id;
    }

    public Book book() {
        return book;
    }

    public static Optional<ContentKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ContentKind::id).toList();
    }
}
