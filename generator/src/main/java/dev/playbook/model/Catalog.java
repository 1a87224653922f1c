package dev.playbook.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids other files refer to: roles, pipeline stages (in process order) and metrics, each with
 * the page and position that defines it. Built once from a loaded playbook.
 */
public record Catalog(Map<String, Entity> roles, Map<String, Entity> stages, Map<String, Entity> metrics) {

    /** Something with an id that content can refer to. {@code fields} is its YAML mapping. */
    public record Entity(String id, String name, String pagePath, MapNode fields) {

        public Position position() {
            return fields.position();
        }
    }

    public enum RefType {
        ROLE("role", ContentKind.ROLES, RuleId.REF_ROLE),
        STAGE("stage", ContentKind.SALES_PROCESS, RuleId.REF_STAGE),
        METRIC("metric", ContentKind.METRICS, RuleId.REF_METRIC);

        private final String noun;
        private final ContentKind definingKind;
        private final RuleId rule;

        RefType(String noun, ContentKind definingKind, RuleId rule) {
            this.noun = noun;
            this.definingKind = definingKind;
            this.rule = rule;
        }

        /** The rule that reports a reference to an unknown entity of this type. */
        public RuleId rule() {
            return rule;
        }

        public String noun() {
            return noun;
        }

        public ContentKind definingKind() {
            return definingKind;
        }

        /** The HTML id the defining page gives each entity, e.g. {@code stage-discovery}. */
        public String anchor(String id) {
            return noun + "-" + id;
        }
    }

    public Catalog {
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    public Map<String, Entity> of(RefType type) {
        return switch (type) {
            case ROLE -> roles;
            case STAGE -> stages;
            case METRIC -> metrics;
        };
    }

    public List<String> stageOrder() {
        return new ArrayList<>(stages.keySet());
    }

    /** Collects every role, stage and metric; when an id is defined twice the first definition wins. */
    public static Catalog from(Playbook playbook) {
        Map<RefType, Map<String, Entity>> found = new java.util.EnumMap<>(RefType.class);
        for (RefType type : RefType.values()) {
            Map<String, Entity> entities = new LinkedHashMap<>();
            for (StructuredDocument doc : playbook.ofKind(type.definingKind())) {
                for (MapNode fields : doc.data().maps(listKey(type))) {
                    fields.text("id").ifPresent(id -> entities.putIfAbsent(id,
                            new Entity(id, fields.text("name").orElse(id), doc.path(), fields)));
                }
            }
            found.put(type, entities);
        }
        return new Catalog(found.get(RefType.ROLE), found.get(RefType.STAGE), found.get(RefType.METRIC));
    }

    /** The list in the defining document that holds the entities: roles, stages, metrics. */
    public static String listKey(RefType type) {
        return switch (type) {
            case ROLE -> "roles";
            case STAGE -> "stages";
            case METRIC -> "metrics";
        };
    }
}
