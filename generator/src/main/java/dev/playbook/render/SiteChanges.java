package dev.playbook.render;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where two site hashes differ, as paths of keys: worked out once per render of a warm renderer, so that a page's
 * {@link SiteReads} are judged against a few changes, and against none at all after most edits (a guide's body).
 * Maps are compared key by key down to the values that differ; a key that appears, goes, or turns from a map into
 * something else is a change of {@code shape} (what a presence read sees).
 */
final class SiteChanges {

    /** A value that differs at {@code path}; {@code shape}: there is a map there in one hash and not in the other. */
    private record Change(List<String> path, boolean shape) {
    }

    private final List<Change> changes = new ArrayList<>();

    private SiteChanges() {
    }

    /** Everything changed: the first render, which has no hash before it. */
    static SiteChanges everything() {
        SiteChanges all = new SiteChanges();
        all.changes.add(new Change(List.of(), true));
        return all;
    }

    static SiteChanges between(Map<String, Object> now, Map<String, Object> before, ModelComparison comparison) {
        SiteChanges found = new SiteChanges();
        found.compare(List.of(), now, before, comparison);
        return found;
    }

    boolean none() {
        return changes.isEmpty();
    }

    /** Whether any of {@code reads} may read differently now. */
    boolean affect(Set<SiteReads.Read> reads) {
        if (changes.isEmpty()) {
            return false;
        }
        for (SiteReads.Read read : reads) {
            for (Change change : changes) {
                if (affects(change, read)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean affects(Change change, SiteReads.Read read) {
        if (read.presence()) {
            // a presence read sees only whether a map is there: a change of shape at it or above it
            return change.shape() && startsWith(read.path(), change.path());
        }
        // a value read sees its value whole: a change at, above or inside it
        return startsWith(read.path(), change.path()) || startsWith(change.path(), read.path());
    }

    private static boolean startsWith(List<String> path, List<String> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    private void compare(List<String> path, Object now, Object before, ModelComparison comparison) {
        if (now instanceof Map<?, ?> a && before instanceof Map<?, ?> b) {
            if (comparison.same(a, b)) {
                return;
            }
            Set<Object> keys = new LinkedHashSet<>(a.keySet());
            keys.addAll(b.keySet());
            for (Object key : keys) {
                List<String> child = SiteReads.child(path, String.valueOf(key));
                Object x = a.get(key);
                Object y = b.get(key);
                if (x == null || y == null || x instanceof Map<?, ?> != y instanceof Map<?, ?>) {
                    if (x != y) {
                        changes.add(new Change(child, true));
                    }
                } else {
                    compare(child, x, y, comparison);
                }
            }
            // templates list a map in its order (a key that came or went is a change of its own, seen by whole reads)
            if (a.size() == b.size() && !sameKeyOrder(a, b)) {
                changes.add(new Change(path, false));
            }
            return;
        }
        if (!comparison.same(now, before)) {
            changes.add(new Change(path, false));
        }
    }

    private static boolean sameKeyOrder(Map<?, ?> a, Map<?, ?> b) {
        Iterator<?> x = a.keySet().iterator();
        Iterator<?> y = b.keySet().iterator();
        while (x.hasNext()) {
            if (!Objects.equals(x.next(), y.next())) {
                return false;
            }
        }
        return true;
    }
}
