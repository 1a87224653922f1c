package dev.playbook.model;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results a stage remembers from one build to the next in a warm process (the live preview), so that an
 * edit recomputes only what its inputs changed. A result is keyed by all of its inputs, so a remembered
 * one is the one a fresh computation would give. What a run did not ask for is forgotten when the run
 * ends, so memory follows the playbook, not its history. Thread-safe; keys compare by {@code equals}
 * ({@link #byIdentity()} for values whose equality is deep and dear, such as documents).
 */
public final class RunMemo<K, V> {

    private final boolean identity;
    private final Map<Object, V> values = new ConcurrentHashMap<>();
    private final Set<Object> used = ConcurrentHashMap.newKeySet();

    private RunMemo(boolean identity) {
        this.identity = identity;
    }

    /** Keys that are equal are the same input. */
    public static <K, V> RunMemo<K, V> byValue() {
        return new RunMemo<>(false);
    }

    /** Only the very same key object is the same input: for immutable values reused from run to run. */
    public static <K, V> RunMemo<K, V> byIdentity() {
        return new RunMemo<>(true);
    }

    public V get(K key, Function<K, V> compute) {
        Object slot = identity ? new Identity(key) : key;
        used.add(slot);
        V known = values.get(slot);
        if (known != null) {
            return known;
        }
        V computed = compute.apply(key);
        values.put(slot, computed);
        return computed;
    }

    /**
     * {@code key}'s value from {@code memo} in a warm process, where a stage keeps one; computed afresh in a one-build
     * process, where it keeps none.
     */
    public static <K, V> V get(java.util.Optional<RunMemo<K, V>> memo, K key, Function<K, V> compute) {
        return memo.isPresent() ? memo.get().get(key, compute) : compute.apply(key);
    }

    /** Forgets what this run did not use; call when a build is done. */
    public void endRun() {
        values.keySet().retainAll(used);
        used.clear();
    }

    public int size() {
        return values.size();
    }

    /** A key that equals only itself. */
    private record Identity(Object key) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.key == key;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key);
        }
    }
}
