package dev.playbook.diff;

import dev.playbook.model.ChangeSet;
import dev.playbook.model.ChangeSet.Change;
import dev.playbook.model.ChangeSet.Type;
import dev.playbook.model.ChangeSet.Unit;
import dev.playbook.model.ContentKind;
import dev.playbook.model.Document;
import dev.playbook.model.GuidePage;
import dev.playbook.model.Playbook;
import dev.playbook.model.PullThrough;
import dev.playbook.model.StructuredDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Diff stage: compares two versions of a playbook as models, not as text, so that "Discovery's conversion
 * rate moved from 65% to 60%" is one change rather than a changed line. Every field of every file is
 * compared ({@link FieldWalker}); what reps are measured on reads in words of its own ({@link Wordings}),
 * every other field by its path, so a new kind needs no code here. The pull-through model's results are
 * compared too ({@link PullThroughChanges}), and an edited guide gets a rendered diff ({@link GuideDiff}).
 */
public final class ModelDiff {

    private static final Unit PAGE = Unit.of("page", "pages");
    private static final Unit GUIDE = new Unit("guide", "guides", "edited");
    static final String PAGES = "Pages";
    static final String SETTINGS = "Playbook settings";

    private final FieldWalker walker = new FieldWalker();

    /** One version of the playbook and its pull-through model worked out (the compute stage's, handed on by api). */
    public record Side(String name, Playbook playbook, Optional<PullThrough> pullThrough) {
    }

    public ChangeSet diff(Side from, Side to) {
        Playbook before = from.playbook();
        Playbook after = to.playbook();
        Map<String, String> names = names(before);
        names.putAll(names(after));
        Wordings.Labels labels = id -> names.getOrDefault(id, id);
        List<Change> changes = new ArrayList<>();
        List<ChangeSet.PageEdit> edits = new ArrayList<>();
        Map<String, Document> old = documents(before);
        Map<String, Document> now = documents(after);
        for (Document document : now.values()) {
            Document previous = old.get(document.path());
            String title = title(document);
            if (previous == null) {
                changes.add(new Change(PAGES, Type.ADDED, title, null, null, document.outputPath(),
                        document instanceof GuidePage ? GUIDE : PAGE));
                continue;
            }
            fields(previous, document, title, labels, after.config().currency(), changes);
            if (document instanceof GuidePage guide && previous instanceof GuidePage was && !was.markdown().equals(guide.markdown())) {
                changes.add(new Change(PAGES, Type.CHANGED, title, null, null, document.outputPath(), GUIDE));
                GuideDiff.diff(was.markdown(), guide.markdown())
                        .ifPresent(blocks -> edits.add(new ChangeSet.PageEdit(document.outputPath(), title, blocks)));
            }
        }
        for (Document document : old.values()) {
            if (!now.containsKey(document.path())) {
                changes.add(new Change(PAGES, Type.REMOVED, title(document), null, null, null,
                        document instanceof GuidePage ? GUIDE : PAGE));
            }
        }
        settings(before, after, changes);
        String pullThroughPage = after.firstOfKind(ContentKind.PULL_THROUGH).map(Document::outputPath).orElse("");
        PullThroughChanges.compare(from.pullThrough(), to.pullThrough(), after.config().currency(), labels, pullThroughPage, changes);
        return new ChangeSet(from.name(), to.name(), ordered(changes), edits);
    }

    /** The settings of playbook.yaml, by their keys; release notes are not compared, they head the page as they are. */
    private void settings(Playbook before, Playbook after, List<Change> changes) {
        for (FieldChange change : walker.compare(settings(before.config()), settings(after.config()))) {
            Type type = change.added() ? Type.ADDED : change.removed() ? Type.REMOVED : Type.CHANGED;
            changes.add(new Change(SETTINGS, type, change.where(), change.before().map(Figures::plain).orElse(null),
                    change.after().map(Figures::plain).orElse(null), null, Unit.of("setting", "settings")));
        }
    }

    /** The typed settings, under the keys playbook.yaml gives them. */
    private static Map<String, Object> settings(dev.playbook.model.PlaybookConfig config) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("title", config.title());
        settings.put("company", config.company());
        settings.put("currency", config.currency());
        settings.put("description", config.description().orElse(null));
        settings.put("review_cadence_days", config.reviewCadenceDays());
        settings.put("search.enabled", config.searchEnabled());
        settings.put("checks.required_sections", config.checks().requiredKinds().stream().map(ContentKind::id).toList());
        settings.put("checks.severity", new java.util.TreeMap<>(config.checks().severityOverrides().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().label()))));
        settings.put("checks.disabled", new java.util.TreeMap<>(config.checks().disabledRules()));
        settings.put("versions.pattern", config.versions().map(dev.playbook.model.PlaybookConfig.VersionSettings::pattern).orElse(null));
        settings.put("versions.draft", config.versions().map(dev.playbook.model.PlaybookConfig.VersionSettings::draft).orElse(null));
        return settings;
    }

    /** Every field of a file, structured or a guide's front matter, with its wording or by its path. */
    private void fields(Document before, Document after, String title, Wordings.Labels labels, String currency, List<Change> changes) {
        Object old = data(before);
        Object now = data(after);
        Optional<ContentKind> kind = ContentKind.byId(after.kind());
        for (FieldChange change : walker.compare(old, now)) {
            if (change.pattern().equals("kind")) {
                continue; // a file that changed kind is another page; the rows of its fields say what changed
            }
            Type type = change.added() ? Type.ADDED : change.removed() ? Type.REMOVED : Type.CHANGED;
            Optional<Wordings.Wording> wording = Wordings.find(kind.orElse(null), change);
            if (wording.isPresent()) {
                Wordings.Wording w = wording.get();
                String subject = w.subject().apply(change, labels);
                if (w.area().equals("Reviews") || w.area().equals("Page owners")) {
                    subject = title;
                }
                // an item added or removed is named by the subject; its fields are on its page
                Optional<Object> was = change.before().filter(v -> !(v instanceof Map));
                Optional<Object> is = change.after().filter(v -> !(v instanceof Map));
                changes.add(new Change(w.area(), type, subject, value(was, w.format(), currency),
                        value(is, w.format(), currency), anchor(after, change), w.unit()));
            } else {
                changes.add(new Change(title, type, change.where(), value(change.before(), Wordings.Format.PLAIN, currency),
                        value(change.after(), Wordings.Format.PLAIN, currency), anchor(after, change), Wordings.FIELD));
            }
        }
    }

    private static String value(Optional<Object> value, Wordings.Format format, String currency) {
        if (value.isEmpty()) {
            return null;
        }
        Object v = value.get();
        double number = Figures.asNumber(v);
        if (Double.isNaN(number)) {
            return Figures.plain(v);
        }
        return switch (format) {
            case PERCENT -> Figures.percent(number);
            case MONEY -> Figures.moneyExact(number, currency);
            case SPLIT -> Figures.percent(number).replace("%", "") + "/" + Figures.percent(1 - number).replace("%", "") + " base/variable";
            case DAYS -> Figures.exact(number) + (number == 1 ? " day" : " days");
            case PLAIN -> Figures.plain(v);
        };
    }

    /** The page of the change, at the stage it is about when it is about a stage of the sales process. */
    private static String anchor(Document document, FieldChange change) {
        if (document.kind().equals(ContentKind.SALES_PROCESS.id()) && change.path().size() > 1 && change.path().get(0).key().equals("stages")
                && change.path().get(1).item()) {
            return document.outputPath() + "#stage-" + change.path().get(1).key();
        }
        return document.outputPath();
    }

    /** Areas with a wording first, in their order, then the others in the order their files come, pages last. */
    private static List<Change> ordered(List<Change> changes) {
        List<String> areas = Wordings.areas();
        List<String> others = new ArrayList<>();
        changes.forEach(c -> {
            if (!areas.contains(c.area()) && !c.area().equals(PAGES) && !others.contains(c.area())) {
                others.add(c.area());
            }
        });
        Map<String, Integer> rank = new HashMap<>();
        areas.forEach(a -> rank.put(a, rank.size()));
        others.forEach(a -> rank.put(a, rank.size()));
        rank.put(PAGES, rank.size());
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingInt(c -> rank.get(c.area())));
        return sorted;
    }

    private static Object data(Document document) {
        return document instanceof GuidePage guide ? guide.frontMatter().toPlain() : ((StructuredDocument) document).data().toPlain();
    }

    /** What readers call each id: roles, stages, metrics and anything else with an id and a name. */
    private static Map<String, String> names(Playbook playbook) {
        Map<String, String> names = new HashMap<>();
        for (Document document : playbook.documents()) {
            if (document instanceof StructuredDocument structured) {
                collectNames(structured.data().toPlain(), names);
            }
        }
        return names;
    }

    private static void collectNames(Object value, Map<String, String> names) {
        if (value instanceof Map<?, ?> map) {
            if (map.get("id") instanceof String id && map.get("name") instanceof String name) {
                names.putIfAbsent(id, name);
            }
            map.values().forEach(v -> collectNames(v, names));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectNames(v, names));
        }
    }

    private static Map<String, Document> documents(Playbook playbook) {
        Map<String, Document> documents = new LinkedHashMap<>();
        playbook.documents().forEach(d -> documents.put(d.path(), d));
        return documents;
    }

    private static String title(Document document) {
        return Optional.ofNullable(document.header().title()).orElse(document.path());
    }
}
