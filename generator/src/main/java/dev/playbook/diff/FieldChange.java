package dev.playbook.diff;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One difference between two versions of a structured file, found without knowing its kind: where it is
 * ({@code path}, from the document's root) and the values on either side (empty where there is none: the
 * field or the item was added or removed).
 */
record FieldChange(List<Step> path, Optional<Object> before, Optional<Object> after) {

    FieldChange {
        path = List.copyOf(path);
    }

    /**
     * One step of a path: a key of a mapping, or an item of a list, named by its identity ({@code id}, {@code role},
     * ... or its place) and labelled for readers by its name when it has one.
     */
    record Step(String key, boolean item, String label) {

        static Step field(String key) {
            return new Step(key, false, key);
        }

        static Step item(String identity, String label) {
            return new Step(identity, true, label);
        }
    }

    /** "stages[discovery].conversion_rate": the path as a reader of the YAML finds it. */
    String where() {
        StringBuilder out = new StringBuilder();
        for (Step step : path) {
            if (step.item()) {
                out.append('[').append(step.key()).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(step.key());
            }
        }
        return out.toString();
    }

    /** The path with items as their keys replaced by {@code *}: what a wording matches ("stages[*].conversion_rate"). */
    String pattern() {
        return path.stream().map(step -> step.item() ? "[*]" : "." + step.key()).collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    /** The label of the innermost item on the path ("Discovery"), or empty at the top of the file. */
    Optional<String> itemLabel() {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).item()) {
                return Optional.of(path.get(i).label());
            }
        }
        return Optional.empty();
    }

    /** The label of the outermost item ("Account executive" in plans[ae].components[new-arr].share). */
    Optional<String> outerLabel() {
        return path.stream().filter(Step::item).map(Step::label).findFirst();
    }

    boolean added() {
        return before.isEmpty();
    }

    boolean removed() {
        return after.isEmpty();
    }
}
