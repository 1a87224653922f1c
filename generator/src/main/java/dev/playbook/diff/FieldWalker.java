package dev.playbook.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two plain YAML trees (maps, lists, scalars) field by field, knowing nothing of kinds, so that a
 * new kind is covered without code here. Mappings are compared key by key; a list of mappings item by
 * item, each item known by the first identity key every item has with distinct values ({@code id},
 * {@code role}, {@code stage}, ...) or else by its place; a list of scalars as items added and removed,
 * where as many went as came being rewordings in place.
 */
final class FieldWalker {

    /** Keys that name an item of a list, most telling first. */
    static final List<String> IDENTITY_KEYS = List.of("id", "role", "stage", "metric", "tier", "letter", "score", "quarter", "name", "title");

    /** Keys whose value labels an item for readers, when it has one. */
    private static final List<String> LABEL_KEYS = List.of("name", "title", "label", "objective", "commitment", "item");

    List<FieldChange> compare(Object before, Object after) {
        List<FieldChange> changes = new ArrayList<>();
        walk(new ArrayList<>(), before, after, changes);
        return changes;
    }

    private void walk(List<FieldChange.Step> path, Object before, Object after, List<FieldChange> changes) {
        if (same(before, after)) {
            return;
        }
        if (before instanceof Map<?, ?> old && after instanceof Map<?, ?> now) {
            Set<Object> keys = new LinkedHashSet<>(old.keySet());
            keys.addAll(now.keySet());
            for (Object key : keys) {
                List<FieldChange.Step> at = with(path, FieldChange.Step.field(String.valueOf(key)));
                if (!old.containsKey(key)) {
                    changes.add(new FieldChange(at, Optional.empty(), Optional.ofNullable(now.get(key))));
                } else if (!now.containsKey(key)) {
                    changes.add(new FieldChange(at, Optional.ofNullable(old.get(key)), Optional.empty()));
                } else {
                    walk(at, old.get(key), now.get(key), changes);
                }
            }
        } else if (before instanceof List<?> old && after instanceof List<?> now) {
            list(path, old, now, changes);
        } else {
            changes.add(new FieldChange(path, Optional.ofNullable(before), Optional.ofNullable(after)));
        }
    }

    private void list(List<FieldChange.Step> path, List<?> old, List<?> now, List<FieldChange> changes) {
        if (allMaps(old) && allMaps(now)) {
            Optional<String> identity = identity(old, now);
            Map<String, Object> before = items(old, identity);
            Map<String, Object> after = items(now, identity);
            for (Map.Entry<String, Object> item : after.entrySet()) {
                List<FieldChange.Step> at = with(path, FieldChange.Step.item(item.getKey(), label(item.getValue(), item.getKey())));
                if (!before.containsKey(item.getKey())) {
                    changes.add(new FieldChange(at, Optional.empty(), Optional.of(item.getValue())));
                } else {
                    walk(at, before.get(item.getKey()), item.getValue(), changes);
                }
            }
            before.forEach((key, item) -> {
                if (!after.containsKey(key)) {
                    changes.add(new FieldChange(with(path, FieldChange.Step.item(key, label(item, key))), Optional.of(item), Optional.empty()));
                }
            });
            return;
        }
        List<Object> removed = new ArrayList<>(old);
        now.forEach(item -> removeSame(removed, item));
        List<Object> added = new ArrayList<>(now);
        old.forEach(item -> removeSame(added, item));
        int reworded = Math.min(removed.size(), added.size());
        for (int i = 0; i < reworded; i++) {
            changes.add(new FieldChange(path, Optional.ofNullable(removed.get(i)), Optional.ofNullable(added.get(i))));
        }
        removed.subList(reworded, removed.size()).forEach(r -> changes.add(new FieldChange(path, Optional.ofNullable(r), Optional.empty())));
        added.subList(reworded, added.size()).forEach(a -> changes.add(new FieldChange(path, Optional.empty(), Optional.ofNullable(a))));
    }

    private static void removeSame(List<Object> items, Object value) {
        for (int i = 0; i < items.size(); i++) {
            if (same(items.get(i), value)) {
                items.remove(i);
                return;
            }
        }
    }

    /** The first identity key that every item of both lists has, as a scalar, with no two items of a list sharing its value. */
    private static Optional<String> identity(List<?> old, List<?> now) {
        for (String key : IDENTITY_KEYS) {
            if (identifies(old, key) && identifies(now, key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static boolean identifies(List<?> items, String key) {
        Set<String> seen = new java.util.HashSet<>();
        for (Object item : items) {
            Object value = ((Map<?, ?>) item).get(key);
            if (value == null || value instanceof Map || value instanceof List || !seen.add(String.valueOf(value))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> items(List<?> list, Optional<String> identity) {
        Map<String, Object> items = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            String key = identity.map(k -> String.valueOf(((Map<?, ?>) item).get(k))).orElse(String.valueOf(i + 1));
            items.put(key, item);
        }
        return items;
    }

    private static String label(Object item, String fallback) {
        if (item instanceof Map<?, ?> map) {
            for (String key : LABEL_KEYS) {
                Object value = map.get(key);
                if (value != null && !(value instanceof Map) && !(value instanceof List)) {
                    return String.valueOf(value);
                }
            }
        }
        return fallback;
    }

    private static boolean allMaps(List<?> items) {
        return items.stream().allMatch(item -> item instanceof Map);
    }

    /** Equal values, with numbers compared as numbers: 10 and 10.0 are the same target. */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(k -> same(x.get(k), y.get(k)));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static List<FieldChange.Step> with(List<FieldChange.Step> path, FieldChange.Step step) {
        List<FieldChange.Step> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }
}
