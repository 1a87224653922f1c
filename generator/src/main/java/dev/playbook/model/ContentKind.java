package dev.playbook.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every structured kind the playbook understands, the playbook it belongs to and its place in that
 * playbook's navigation. Each has a JSON Schema named {@code <id>.schema.json}.
 */
public enum ContentKind {
    BUYER_JOURNEY("buyer-journey", Book.TEAM, "buyer journey"),
    SALES_PROCESS("sales-process", Book.TEAM, "sales process"),
    ROLES("roles", Book.TEAM, "roles and responsibilities"),
    QUALIFICATION("qualification", Book.TEAM, "qualification framework"),
    LEAD_MANAGEMENT("lead-management", Book.TEAM, "lead management process"),
    OPPORTUNITY_MANAGEMENT("opportunity-management", Book.TEAM, "opportunity management process"),
    CUSTOMER_SUCCESS("customer-success", Book.TEAM, "customer success plan"),
    SALES_MODELS("sales-models", Book.TEAM, "sales models"),
    GLOSSARY("glossary", Book.TEAM, "glossary"),
    HIRING_FORMULA("hiring-formula", Book.LEADERSHIP, "hiring formula"),
    ORG_DESIGN("org-design", Book.LEADERSHIP, "org design"),
    EMPOWERMENT("empowerment", Book.LEADERSHIP, "empowerment guide"),
    FLM_DEVELOPMENT("flm-development", Book.LEADERSHIP, "first-line manager development plan"),
    CONTESTS("contests", Book.LEADERSHIP, "sales contest"),
    COMPENSATION("compensation", Book.LEADERSHIP, "compensation plan"),
    METRICS("metrics", Book.MANAGEMENT, "metrics"),
    SUCCESS_MAP("success-map", Book.MANAGEMENT, "success map"),
    PULL_THROUGH("pull-through", Book.MANAGEMENT, "pull-through model"),
    OKRS("okrs", Book.MANAGEMENT, "OKRs"),
    REPORTING("reporting", Book.MANAGEMENT, "reporting cadence"),
    GTM_ALIGNMENT("gtm-alignment", Book.MANAGEMENT, "go-to-market alignment checklist");

    private final String id;
    private final Book book;
    private final String noun;

    ContentKind(String id, Book book, String noun) {
        this.id = id;
        this.book = book;
        this.noun = noun;
    }

    /** What a reader calls it, in running text: "no compensation plan yet". */
    public String noun() {
        return noun;
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

    /**
     * The kinds a playbook must have when {@code checks.required_sections} does not say: every kind but the
     * glossary, which came later. A playbook written before it existed still checks cleanly; the completeness
     * score still counts a missing glossary, and {@code required_sections} can ask for one.
     */
    public static List<ContentKind> requiredByDefault() {
        return Arrays.stream(values()).filter(kind -> kind != GLOSSARY).toList();
    }
}
