package dev.playbook.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed from one version of the playbook to the next, worked out from the two models: every field
 * of every kind (in words of its own where reps are measured on it: targets, pull-through inputs and
 * results, compensation, hiring weights, qualification, lead SLAs, scenarios; by its path otherwise),
 * pages added and removed, and each edited guide as a rendered diff.
 */
public record ChangeSet(String from, String to, List<Change> changes, List<PageEdit> edits) {

    public ChangeSet {
        changes = List.copyOf(changes);
        edits = List.copyOf(edits);
    }

    public enum Type {
        ADDED, REMOVED, CHANGED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * What a change counts as in a version's one-line summary: "3 targets changed, 1 stage added, 4 guides
     * edited". {@code changed} is the verb for a change of type {@link Type#CHANGED} ("changed", "edited").
     */
    public record Unit(String one, String many, String changed) {

        public static Unit of(String one, String many) {
            return new Unit(one, many, "changed");
        }

        public String count(int count) {
            return count + " " + (count == 1 ? one : many);
        }
    }

    /**
     * One change: in {@code area} (such as "Targets"), {@code subject} was added, removed or changed
     * from {@code before} to {@code after} (null when there is no value on that side). {@code page} is the
     * output page it shows on, in the new version when it still exists; {@code unit} what it counts as.
     */
    public record Change(String area, Type type, String subject, String before, String after, String page, Unit unit) {
    }

    /** An edited guide as blocks (paragraphs, headings, list items, table rows): changed ones word by word, unchanged runs folded. */
    public record PageEdit(String page, String title, List<Block> blocks) {

        public PageEdit {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * One block of a guide's diff. {@code kind} is paragraph, heading, item, row, code or folded; {@code type}
     * whether the whole block was added or removed, or (CHANGED) edited in place, with its words marked; a folded
     * block stands for {@code folded} unchanged blocks, and holds their text, one cell each. A table row has a list of
     * words per cell, other blocks one.
     */
    public record Block(String kind, Type type, List<List<Word>> cells, int folded) {

        public Block {
            cells = cells.stream().map(List::copyOf).toList();
        }
    }

    /** A run of words that both versions share (type null), or that one of them added or removed. */
    public record Word(String text, Type type) {
    }

    /** "3 targets changed, 1 stage added, 4 guides edited": how many changes of each unit and type, in the order they first come. */
    public String summary() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> verbs = new LinkedHashMap<>();
        Map<String, Unit> units = new LinkedHashMap<>();
        for (Change change : changes) {
            String verb = change.type() == Type.CHANGED ? change.unit().changed() : change.type().label();
            String key = change.unit().one() + "\u0000" + verb;
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
            verbs.put(key, verb);
            units.put(key, change.unit());
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((key, count) -> parts.add(units.get(key).count(count[0]) + " " + verbs.get(key)));
        return parts.isEmpty() ? "no changes" : String.join(", ", parts);
    }
}
