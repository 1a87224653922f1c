package dev.playbook.validate;

import dev.playbook.model.RuleId;
import dev.playbook.model.Suggestions;
import dev.playbook.model.Catalog;
import dev.playbook.model.Catalog.RefType;
import dev.playbook.model.ContentKind;
import dev.playbook.model.Document;
import dev.playbook.model.GuidePage;
import dev.playbook.model.ListNode;
import dev.playbook.model.MapNode;
import dev.playbook.model.Node;
import dev.playbook.model.Playbook;
import dev.playbook.model.Problem;
import dev.playbook.model.ScalarNode;
import dev.playbook.model.StructuredDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that every role, stage and metric a file names exists, and that no id is defined twice.
 * Which values are references is read from the schemas: a property whose schema is
 * {@code $ref: common.schema.json#/$defs/roleRef} (or stageRef, metricRef) refers to a role. So a new
 * kind gets reference checking by its schema alone.
 */
public final class ReferenceValidator {

    private static final Map<String, RefType> REF_DEFINITIONS = Map.of(
            "roleRef", RefType.ROLE, "stageRef", RefType.STAGE, "metricRef", RefType.METRIC);

    private final Schemas schemas;
    /**
     * Present in a warm process (the live preview): each document's references as last found, while the catalog they
     * were judged against is equal. A document the loader kept (the same object) makes the same references.
     */
    private Optional<dev.playbook.model.RunMemo<Document, List<Problem>>> found;
    private Catalog foundWith;

    public ReferenceValidator(Schemas schemas) {
        this(schemas, Optional.empty());
    }

    private ReferenceValidator(Schemas schemas, Optional<dev.playbook.model.RunMemo<Document, List<Problem>>> found) {
        this.schemas = schemas;
        this.found = found;
    }

    /** For a warm process (the live preview): an unchanged document's references are not walked again. Not thread-safe. */
    public static ReferenceValidator remembering(Schemas schemas) {
        return new ReferenceValidator(schemas, Optional.of(dev.playbook.model.RunMemo.byIdentity()));
    }

    public List<Problem> validate(Playbook playbook, Catalog catalog) {
        List<Problem> problems = new ArrayList<>(duplicateIds(playbook));
        if (!catalog.equals(foundWith)) {
            found = found.map(stale -> dev.playbook.model.RunMemo.byIdentity());
            foundWith = catalog;
        }
        List<Problem> references = new ArrayList<>();
        for (Document document : playbook.documents()) {
            references.addAll(dev.playbook.model.RunMemo.get(found, document, d -> references(d, catalog)));
        }
        found.ifPresent(dev.playbook.model.RunMemo::endRun);
        problems.addAll(withoutCascades(references, playbook, catalog));
        return problems;
    }

    /** The references {@code document} makes that lead nowhere in {@code catalog}. */
    private List<Problem> references(Document document, Catalog catalog) {
        String schema;
        MapNode data;
        if (document instanceof GuidePage guide) {
            schema = Schemas.FRONT_MATTER;
            data = guide.frontMatter();
        } else if (ContentKind.byId(document.kind()).isPresent()) {
            schema = document.kind();
            data = ((StructuredDocument) document).data();
        } else {
            return List.of();
        }
        List<Problem> references = new ArrayList<>();
        walk(new Schemas.Located(Schemas.fileName(schema), schemas.raw(schema)), data, catalog, references);
        return references;
    }

    /**
     * When a file of the kind that defines a type failed to load (the roles file has a syntax error),
     * references to that type cannot be judged: that file's own problem is the one to fix, and they are
     * checked again once it loads. When no entity of a type is defined at all (there is no roles file),
     * every reference to that type is wrong for one reason: report it once, at the first reference.
     */
    private static List<Problem> withoutCascades(List<Problem> references, Playbook playbook, Catalog catalog) {
        List<Problem> kept = new ArrayList<>();
        for (RefType type : RefType.values()) {
            List<Problem> ofType = references.stream().filter(p -> p.rule() == type.rule())
                    .sorted(Problem.BY_POSITION).toList();
            if (ofType.isEmpty() || playbook.failedToLoad(type.definingKind())) {
                continue;
            }
            if (!catalog.of(type).isEmpty()) {
                kept.addAll(ofType);
                continue;
            }
            Problem first = ofType.get(0);
            String more = ofType.size() == 1 ? "" : " (and " + (ofType.size() - 1) + " more references to " + type.noun() + "s)";
            kept.add(Problem.error(first.rule(), first.position(), first.message() + more,
                    "no " + type.noun() + "s are defined: add a file of kind \"" + type.definingKind().id() + "\""));
        }
        return kept;
    }

    private void walk(Schemas.Located schema, Node node, Catalog catalog, List<Problem> problems) {
        Optional<RefType> refType = Schemas.Located.refName(schema.schema()).map(REF_DEFINITIONS::get);
        if (refType.isPresent()) {
            if (node instanceof ScalarNode scalar && scalar.isString()) {
                check(refType.get(), scalar, catalog, problems);
            }
            return;
        }
        if (node instanceof MapNode map) {
            for (MapNode.Entry entry : map.entries()) {
                schemas.child(schema, entry.key()).ifPresent(child -> walk(child, entry.value(), catalog, problems));
            }
        } else if (node instanceof ListNode list) {
            schemas.child(schema, null).ifPresent(items -> list.items().forEach(item -> walk(items, item, catalog, problems)));
        }
    }

    private static void check(RefType type, ScalarNode reference, Catalog catalog, List<Problem> problems) {
        Map<String, Catalog.Entity> known = catalog.of(type);
        String id = reference.text();
        if (known.containsKey(id)) {
            return;
        }
        String hint = Suggestions.closest(id, known.keySet())
                .map(s -> "did you mean \"" + s + "\"?")
                .orElse("known " + type.noun() + "s: " + String.join(", ", known.keySet()));
        problems.add(Problem.error(type.rule(), reference.position(),
                "unknown " + type.noun() + " \"" + id + "\"", hint));
    }

    private static List<Problem> duplicateIds(Playbook playbook) {
        List<Problem> problems = new ArrayList<>();
        for (RefType type : RefType.values()) {
            Map<String, String> firstDefinition = new HashMap<>();
            for (StructuredDocument doc : playbook.ofKind(type.definingKind())) {
                for (MapNode fields : doc.data().maps(Catalog.listKey(type))) {
                    Optional<MapNode.Entry> idEntry = fields.entry("id");
                    if (idEntry.isEmpty() || !(idEntry.get().value() instanceof ScalarNode idNode)) {
                        continue;
                    }
                    String here = idNode.position().toString();
                    String first = firstDefinition.putIfAbsent(idNode.text(), here);
                    if (first != null) {
                        problems.add(Problem.error(RuleId.ID_DUPLICATE, idNode.position(),
                                type.noun() + " \"" + idNode.text() + "\" is defined twice (also at " + first + ")",
                                "give each " + type.noun() + " its own id"));
                    }
                }
            }
        }
        return problems;
    }
}
