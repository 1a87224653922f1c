package dev.playbook.diff;

import dev.playbook.model.ContentKind;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.playbook.model.ChangeSet;
import dev.playbook.model.ChangeSet.Change;
import dev.playbook.model.ChangeSet.Type;
import dev.playbook.model.Document;
import dev.playbook.model.GuidePage;
import dev.playbook.model.MapNode;
import dev.playbook.model.Node;
import dev.playbook.model.Playbook;
import dev.playbook.model.ScalarNode;
import dev.playbook.model.StructuredDocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Diff stage: compares two versions of a playbook as models, not as text, so that "the owner of
 * Discovery moved from AE to Sales Manager" is one change rather than a changed line. Pages whose text
 * changed also get a word-level diff.
 */
public final class ModelDiff {

    /** Pages longer than this are reported as edited without a word diff: the diff would be unreadable anyway. */
    static final int MAX_WORDS = 5_000;

    public ChangeSet diff(String from, Playbook before, String to, Playbook after) {
        List<Change> changes = new ArrayList<>();
        stages(before, after, changes);
        entities(before, after, ContentKind.METRICS, "metrics", "Metrics", List.of("target", "owner", "cadence", "type"), changes);
        entities(before, after, ContentKind.ROLES, "roles", "Roles", List.of("name", "reports_to"), changes);
        successMap(before, after, changes);
        compensation(before, after, changes);
        List<ChangeSet.PageEdit> edits = new ArrayList<>();
        pages(before, after, changes, edits);
        return new ChangeSet(from, to, changes, edits);
    }

    private static void stages(Playbook before, Playbook after, List<Change> changes) {
        Map<String, MapNode> old = byId(before, ContentKind.SALES_PROCESS, "stages");
        Map<String, MapNode> now = byId(after, ContentKind.SALES_PROCESS, "stages");
        String page = after.firstOfKind(ContentKind.SALES_PROCESS).map(Document::outputPath).orElse("");
        added(old, now, "Pipeline stages", page, changes);
        for (Map.Entry<String, MapNode> stage : now.entrySet()) {
            MapNode previous = old.get(stage.getKey());
            if (previous == null) {
                continue;
            }
            String name = stage.getValue().text("name").orElse(stage.getKey());
            field(previous, stage.getValue(), "owner", "Stage owners", name, page + "#stage-" + stage.getKey(), changes);
            field(previous, stage.getValue(), "definition", "Stage definitions", name, page + "#stage-" + stage.getKey(), changes);
            list(previous.texts("exit_criteria"), stage.getValue().texts("exit_criteria"), "Exit criteria", name,
                    page + "#stage-" + stage.getKey(), changes);
            list(previous.texts("buyer_outcomes"), stage.getValue().texts("buyer_outcomes"), "Buyer-verifiable outcomes", name,
                    page + "#stage-" + stage.getKey(), changes);
        }
    }

    private static void entities(Playbook before, Playbook after, ContentKind kind, String key, String area, List<String> fields,
                                 List<Change> changes) {
        Map<String, MapNode> old = byId(before, kind, key);
        Map<String, MapNode> now = byId(after, kind, key);
        String page = after.firstOfKind(kind).map(Document::outputPath).orElse("");
        added(old, now, area, page, changes);
        for (Map.Entry<String, MapNode> entity : now.entrySet()) {
            MapNode previous = old.get(entity.getKey());
            if (previous != null) {
                String name = entity.getValue().text("name").orElse(entity.getKey());
                for (String field : fields) {
                    field(previous, entity.getValue(), field, area + ": " + field.replace('_', ' '), name, page, changes);
                }
            }
        }
    }

    private static void successMap(Playbook before, Playbook after, List<Change> changes) {
        Map<String, MapNode> old = successMapNodes(before);
        Map<String, MapNode> now = successMapNodes(after);
        String page = after.firstOfKind(ContentKind.SUCCESS_MAP).map(Document::outputPath).orElse("");
        added(old, now, "Success map", page, changes);
        for (Map.Entry<String, MapNode> node : now.entrySet()) {
            MapNode previous = old.get(node.getKey());
            if (previous != null) {
                String name = node.getValue().text("name").orElse(node.getKey());
                field(previous, node.getValue(), "name", "Success map", node.getKey(), page, changes);
                field(previous, node.getValue(), "metric", "Success map: measured by", name, page, changes);
            }
        }
    }

    private static void compensation(Playbook before, Playbook after, List<Change> changes) {
        Map<String, MapNode> old = byKey(before, ContentKind.COMPENSATION, "plans", "role");
        Map<String, MapNode> now = byKey(after, ContentKind.COMPENSATION, "plans", "role");
        String page = after.firstOfKind(ContentKind.COMPENSATION).map(Document::outputPath).orElse("");
        added(old, now, "Compensation plans", page, changes);
        for (Map.Entry<String, MapNode> plan : now.entrySet()) {
            MapNode previous = old.get(plan.getKey());
            if (previous != null) {
                for (String field : List.of("on_target_earnings", "base_share", "quota")) {
                    field(previous, plan.getValue(), field, "Compensation: " + field.replace('_', ' '), plan.getKey(), page, changes);
                }
                if (!Objects.equals(previous.get("components").map(Node::toPlain), plan.getValue().get("components").map(Node::toPlain))) {
                    changes.add(new Change("Compensation: components", Type.CHANGED, plan.getKey(), null, null, page));
                }
            }
        }
    }

    private static void pages(Playbook before, Playbook after, List<Change> changes, List<ChangeSet.PageEdit> edits) {
        Map<String, Document> old = documents(before);
        Map<String, Document> now = documents(after);
        for (Document document : now.values()) {
            Document previous = old.get(document.path());
            String title = Optional.ofNullable(document.header().title()).orElse(document.path());
            if (previous == null) {
                changes.add(new Change("Pages", Type.ADDED, title, null, null, document.outputPath()));
            } else if (!text(previous).equals(text(document))) {
                changes.add(new Change("Pages", Type.CHANGED, title, null, null, document.outputPath()));
                if (document instanceof GuidePage guide && previous instanceof GuidePage old1) {
                    words(old1.markdown(), guide.markdown()).ifPresent(words ->
                            edits.add(new ChangeSet.PageEdit(document.outputPath(), title, words)));
                }
            }
        }
        for (Document document : old.values()) {
            if (!now.containsKey(document.path())) {
                changes.add(new Change("Pages", Type.REMOVED, Optional.ofNullable(document.header().title()).orElse(document.path()),
                        null, null, null));
            }
        }
    }

    /** A word-level diff, runs of equal words kept whole; empty when either side is too long to show. */
    static Optional<List<ChangeSet.Word>> words(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        if (old.size() > MAX_WORDS || now.size() > MAX_WORDS) {
            return Optional.empty();
        }
        Patch<String> patch = DiffUtils.diff(old, now);
        List<ChangeSet.Word> words = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            append(words, old.subList(position, start), null);
            append(words, delta.getSource().getLines(), Type.REMOVED);
            append(words, delta.getTarget().getLines(), Type.ADDED);
            position = start + delta.getSource().size();
        }
        append(words, old.subList(position, old.size()), null);
        return Optional.of(words);
    }

    private static void append(List<ChangeSet.Word> words, List<String> tokens, Type type) {
        if (!tokens.isEmpty()) {
            words.add(new ChangeSet.Word(String.join(" ", tokens), type));
        }
    }

    private static List<String> tokens(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    private static void added(Map<String, MapNode> old, Map<String, MapNode> now, String area, String page, List<Change> changes) {
        now.forEach((id, node) -> {
            if (!old.containsKey(id)) {
                changes.add(new Change(area, Type.ADDED, node.text("name").orElse(id), null, null, page));
            }
        });
        old.forEach((id, node) -> {
            if (!now.containsKey(id)) {
                changes.add(new Change(area, Type.REMOVED, node.text("name").orElse(id), null, null, page));
            }
        });
    }

    private static void field(MapNode before, MapNode after, String key, String area, String subject, String page,
                              List<Change> changes) {
        Optional<String> old = before.get(key).map(ModelDiff::display);
        Optional<String> now = after.get(key).map(ModelDiff::display);
        if (!old.equals(now)) {
            Type type = old.isEmpty() ? Type.ADDED : now.isEmpty() ? Type.REMOVED : Type.CHANGED;
            changes.add(new Change(area, type, subject, old.orElse(null), now.orElse(null), page));
        }
    }

    /**
     * List items added or removed; when as many went as came, items at the same place were reworded
     * (an exit criterion whose wording was sharpened is one change, not a removal and an addition).
     */
    private static void list(List<String> before, List<String> after, String area, String subject, String page, List<Change> changes) {
        List<String> removed = new ArrayList<>(before);
        removed.removeAll(after);
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        int reworded = Math.min(removed.size(), added.size());
        for (int i = 0; i < reworded; i++) {
            changes.add(new Change(area, Type.CHANGED, subject, removed.get(i), added.get(i), page));
        }
        removed.subList(reworded, removed.size()).forEach(r -> changes.add(new Change(area, Type.REMOVED, subject, r, null, page)));
        added.subList(reworded, added.size()).forEach(a -> changes.add(new Change(area, Type.ADDED, subject, null, a, page)));
    }

    private static String display(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.text();
        }
        return String.valueOf(node.toPlain());
    }

    private static Map<String, MapNode> byId(Playbook playbook, ContentKind kind, String key) {
        return byKey(playbook, kind, key, "id");
    }

    private static Map<String, MapNode> byKey(Playbook playbook, ContentKind kind, String key, String idKey) {
        Map<String, MapNode> items = new LinkedHashMap<>();
        for (StructuredDocument document : playbook.ofKind(kind)) {
            for (MapNode map : document.data().maps(key)) {
                map.text(idKey).ifPresent(id -> items.putIfAbsent(id, map));
            }
        }
        return items;
    }

    private static Map<String, MapNode> successMapNodes(Playbook playbook) {
        Map<String, MapNode> nodes = new LinkedHashMap<>();
        for (StructuredDocument map : playbook.ofKind(ContentKind.SUCCESS_MAP)) {
            for (Node result : map.data().list("results")) {
                collect(result, nodes);
            }
        }
        return nodes;
    }

    private static void collect(Node node, Map<String, MapNode> nodes) {
        if (node instanceof MapNode map) {
            map.text("id").ifPresent(id -> nodes.putIfAbsent(id, map));
            map.list("objectives").forEach(child -> collect(child, nodes));
            map.list("activities").forEach(child -> collect(child, nodes));
        }
    }

    private static Map<String, Document> documents(Playbook playbook) {
        Map<String, Document> documents = new LinkedHashMap<>();
        playbook.documents().forEach(d -> documents.put(d.path(), d));
        return documents;
    }

    private static String text(Document document) {
        return document instanceof GuidePage guide ? guide.frontMatter().toPlain() + guide.markdown()
                : String.valueOf(((StructuredDocument) document).data().toPlain());
    }
}
