package dev.playbook.diff;

import dev.playbook.compute.PullThroughCalculator;
import dev.playbook.load.ContentLoader;
import dev.playbook.model.ChangeSet;
import dev.playbook.model.ChangeSet.Change;
import dev.playbook.model.ChangeSet.Type;
import dev.playbook.model.ContentTree;
import dev.playbook.model.Playbook;
import dev.playbook.model.SourceFile;
import dev.playbook.source.ContentReader;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What changed, from the models: every field of every kind, with words of their own where reps are measured on them. */
class ModelDiffTest {

    private static final ContentTree COMPLETE = new ContentReader().read(TestPlaybook.fixturePath("complete"));

    private static Playbook load(ContentTree tree) {
        return new ContentLoader().load(tree).playbook();
    }

    private static ModelDiff.Side side(String name, Playbook playbook) {
        return new ModelDiff.Side(name, playbook, new PullThroughCalculator().compute(playbook));
    }

    /** The complete fixture with one file's text replaced. */
    private static ContentTree with(String path, String text) {
        List<SourceFile> sources = COMPLETE.sources().stream()
                .map(s -> s.path().equals(path) ? new SourceFile(path, text) : s).toList();
        return new ContentTree(sources, COMPLETE.assets(), List.of());
    }

    private static String text(String path) {
        return COMPLETE.texts().get(path);
    }

    private static ChangeSet diff(String path, String from, String to) {
        String text = text(path);
        assertTrue(text.contains(from), path + " has no \"" + from + "\"");
        return new ModelDiff().diff(side("v1", load(COMPLETE)), side("v2", load(with(path, text.replace(from, to)))));
    }

    private static List<String> rows(ChangeSet changes, String area) {
        return changes.changes().stream().filter(c -> c.area().equals(area))
                .map(c -> c.type().label() + " " + c.subject() + ": " + c.before() + " → " + c.after()).toList();
    }

    @Test
    void everyFieldOfEveryKindChangedOnceGivesItsRowWithBeforeAndAfter() {
        Playbook before = load(COMPLETE);
        ModelDiff.Side from = side("v1", before);
        int fields = 0;
        for (SourceFile source : COMPLETE.sources()) {
            if (!source.path().endsWith(".yaml") || source.path().equals("playbook.yaml")) {
                continue;
            }
            Object data = new Load(LoadSettings.builder().build()).loadFromString(source.text());
            List<List<Object>> leaves = new ArrayList<>();
            leaves(data, new ArrayList<>(), leaves);
            for (List<Object> leaf : leaves) {
                if (leaf.get(leaf.size() - 1).equals("kind")) {
                    continue; // another kind is another page, not a changed field
                }
                Object copy = new Load(LoadSettings.builder().build()).loadFromString(source.text());
                Object old = change(copy, leaf);
                String yaml = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build()).dumpToString(copy);
                ChangeSet changes = new ModelDiff().diff(from, side("v2", load(with(source.path(), yaml))));
                List<Change> rows = changes.changes().stream().filter(c -> !c.area().equals(Wordings.RESULTS)).toList();
                String where = source.path() + " " + leaf;
                assertFalse(rows.isEmpty(), where + " changed and no row says so");
                boolean identity = FieldWalker.IDENTITY_KEYS.contains(String.valueOf(leaf.get(leaf.size() - 1)))
                        && rows.stream().anyMatch(c -> c.type() == Type.ADDED) && rows.stream().anyMatch(c -> c.type() == Type.REMOVED);
                if (identity) {
                    assertEquals(2, rows.size(), where + ": a new identity is an item removed and one added: " + rows);
                } else {
                    assertEquals(1, rows.size(), where + ": " + rows);
                    Change row = rows.get(0);
                    assertNotNull(row.before(), where);
                    assertNotNull(row.after(), where);
                    assertNotEquals(row.before(), row.after(), where);
                    assertFalse(row.subject().isBlank(), where);
                    if (old instanceof String) {
                        assertTrue(row.after().contains("(edited)"), where + ": " + row);
                    }
                    if (row.unit().equals(Wordings.FIELD)) {
                        assertEquals(row.subject().replaceAll("\\[[^]]*]", "").replace('.', ' '),
                                leaf.stream().filter(s -> s instanceof String).map(String::valueOf).collect(Collectors.joining(" ")),
                                where + ": a row without a wording names the field's path");
                    }
                }
                fields++;
            }
        }
        assertTrue(fields > 300, "every field of the 20 kinds: " + fields);
    }

    /** Every scalar in a YAML tree, as the keys and list places that lead to it. */
    private static void leaves(Object node, List<Object> path, List<List<Object>> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> leaves(v, append(path, k), into));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                leaves(list.get(i), append(path, i), into);
            }
        } else {
            into.add(path);
        }
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    /** Changes the scalar at {@code leaf}: a number by one, text edited, a boolean flipped. Returns the old value. */
    @SuppressWarnings("unchecked")
    private static Object change(Object root, List<Object> leaf) {
        Object parent = root;
        for (Object step : leaf.subList(0, leaf.size() - 1)) {
            parent = step instanceof Integer i ? ((List<Object>) parent).get(i) : ((Map<Object, Object>) parent).get(step);
        }
        Object last = leaf.get(leaf.size() - 1);
        Object old = last instanceof Integer i ? ((List<Object>) parent).get(i) : ((Map<Object, Object>) parent).get(last);
        Object now = old instanceof Integer n ? n + 1 : old instanceof Long n ? n + 1 : old instanceof Double d ? d + 1
                : old instanceof Boolean b ? !b : old + " (edited)";
        if (last instanceof Integer i) {
            ((List<Object>) parent).set(i, now);
        } else {
            ((Map<Object, Object>) parent).put(last, now);
        }
        return old;
    }

    @Test
    void targetsReadInTheirOwnWords() {
        assertEquals(List.of("changed Discovery conversion rate: 50% → 45%"),
                rows(diff("team/sales-process.yaml", "    conversion_rate: 0.5\n    target_days: 10", "    conversion_rate: 0.45\n    target_days: 10"), "Targets"));
        assertEquals(List.of("changed Discovery target days: 10 days → 12 days"),
                rows(diff("team/sales-process.yaml", "    target_days: 10", "    target_days: 12"), "Targets"));
    }

    @Test
    void aPullThroughInputMovesItsResultsAndBothAreShown() {
        ChangeSet changes = diff("management/pull-through.yaml", "  - stage: discovery\n    conversion_rate: 0.5", "  - stage: discovery\n    conversion_rate: 0.4");
        assertEquals(List.of("changed Discovery conversion rate: 50% → 40%"), rows(changes, "Pull-through inputs"));
        List<String> results = rows(changes, Wordings.RESULTS);
        // 600,000 / 20,000 = 30 deals; / 0.3 = 100 proposals; discovery: 100 / 0.5 = 200 → 100 / 0.4 = 250 a year
        assertTrue(results.contains("changed Discovery entries per week: 4.3 → 5.4"), results.toString());
        assertTrue(results.stream().anyMatch(r -> r.startsWith("changed Prospecting entries per week:")), results.toString());
        assertTrue(results.stream().anyMatch(r -> r.startsWith("changed weekly ")), "the activities that feed discovery: " + results);
        assertFalse(results.stream().anyMatch(r -> r.contains("pipeline needed")), "the pipeline depends on the win rate, not on discovery");

        ChangeSet target = diff("management/pull-through.yaml", "revenue_target: 600000", "revenue_target: 660000");
        assertEquals(List.of("changed revenue target: $600K → $660K"), rows(target, "Pull-through inputs"));
        assertTrue(rows(target, Wordings.RESULTS).contains("changed pipeline needed: $2M → $2.2M"), rows(target, Wordings.RESULTS).toString());
        assertTrue(rows(target, Wordings.RESULTS).contains("changed deals per year: 30 → 33"), rows(target, Wordings.RESULTS).toString());
    }

    @Test
    void compensationHiringQualificationLeadsAndScenariosHaveTheirWords() {
        String comp = text("leadership/compensation.yaml");
        assertTrue(comp.contains("on_target_earnings:"), comp);
        String ote = comp.lines().filter(l -> l.contains("on_target_earnings:")).findFirst().orElseThrow();
        List<String> compensation = rows(diff("leadership/compensation.yaml", ote, ote.replaceFirst("\\d+", "999000")), "Compensation");
        assertEquals(1, compensation.size(), compensation.toString());
        assertTrue(compensation.get(0).matches("changed .+ OTE: \\$[\\d.]+K → \\$999K"), compensation.toString());
        String share = comp.lines().filter(l -> l.contains("base_share:")).findFirst().orElseThrow();
        List<String> split = rows(diff("leadership/compensation.yaml", share, share.replaceFirst("0\\.\\d+", "0.7")), "Compensation");
        assertTrue(split.get(0).matches("changed .+ base/variable split: \\d+/\\d+ base/variable → 70/30 base/variable"), split.toString());

        assertEquals(List.of("changed Curiosity weight: 40 → 35"),
                rows(diff("leadership/hiring-formula.yaml", "    weight: 40", "    weight: 35"), "Hiring weights"));
        assertEquals(List.of("changed Budget required by: proposal → discovery"),
                rows(diff("team/qualification.yaml", "    required_by: proposal\n  - id: timeline", "    required_by: discovery\n  - id: timeline"),
                        "Qualification criteria"));
        assertEquals(List.of("changed A: 1 business hour → 30 minutes"),
                rows(diff("team/lead-management.yaml", "\"1 business hour\"", "\"30 minutes\""), "Lead SLAs").stream()
                        .map(r -> r.replace("tier A response time", "A")).toList());
        assertEquals(List.of("changed Single depot duration weeks: 2 → 3"),
                rows(diff("team/customer-success.yaml", "    duration_weeks: 2", "    duration_weeks: 3"), "Scenarios"));
    }

    @Test
    void anEditedGuideIsARenderedDiffWithUnchangedPartsFolded() {
        String before = "# Title\n\nFirst paragraph stays.\n\nSecond paragraph stays too.\n\n- one item\n- a **second** item\n\n"
                + "| Stage | Owner |\n|---|---|\n| Discovery | AE |\n| Proposal | AE |\n\nLast words here.\n";
        String after = before.replace("a **second** item", "a [better](x.md) second item")
                .replace("| Proposal | AE |", "| Proposal | Sales manager |")
                .replace("Last words here.", "Last words here.\n\nA new paragraph.");
        List<ChangeSet.Block> blocks = GuideDiff.diff(before, after).orElseThrow();
        List<String> shown = blocks.stream().map(b -> b.kind() + ":" + (b.type() == null ? "" : b.type().label()) + ":"
                + (b.kind().equals("folded") ? String.valueOf(b.folded()) : b.cells().stream()
                .map(cell -> cell.stream().map(w -> w.type() == null ? w.text() : w.type().label() + "(" + w.text() + ")")
                        .collect(Collectors.joining(" "))).collect(Collectors.joining(" | ")))).toList();
        assertEquals(List.of("Title", "First paragraph stays.", "Second paragraph stays too.", "one item"),
                blocks.get(0).cells().stream().map(cell -> cell.get(0).text()).toList(), "what is folded can be unfolded");
        assertEquals(List.of(
                "folded::4",
                "item:changed:a added(better) second item",
                "folded::2",
                "row:changed:Proposal | removed(AE) added(Sales manager)",
                "folded::1",
                "paragraph:added:added(A new paragraph.)"), shown);
    }

    @Test
    void theSettingsAreComparedTooButNotTheReleaseNotes() {
        ChangeSet changes = diff("playbook.yaml", "review_cadence_days: 90", "review_cadence_days: 60\nrelease_notes:\n  v2: Shorter reviews.");
        assertEquals(List.of("changed review_cadence_days: 90 → 60"), rows(changes, "Playbook settings"));
        assertEquals("1 setting changed", changes.summary());
    }

    @Test
    void theSummaryCountsChangesByWhatTheyAre() {
        ChangeSet changes = diff("team/sales-process.yaml", "    conversion_rate: 0.4\n    target_days: 14", "    conversion_rate: 0.35\n    target_days: 15");
        assertEquals("2 targets changed", changes.summary());
        Map<String, Integer> none = new LinkedHashMap<>();
        assertEquals("no changes", new ChangeSet("a", "b", List.of(), List.of()).summary(), none.toString());
    }
}
