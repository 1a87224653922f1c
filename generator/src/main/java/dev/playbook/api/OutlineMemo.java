package dev.playbook.api;

import dev.playbook.model.Outline;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * One value a warm pipeline made of the documents' outline and of other inputs, kept until they change: the outline
 * is compared by identity (a warm pipeline hands on the last one while it is equal), the other inputs by equals.
 * Without an outline (a one-build pipeline) the value is made every time.
 */
final class OutlineMemo<T> {

    private record Made<T>(Outline outline, Object inputs, T value) {
    }

    private Optional<Made<T>> last = Optional.empty();

    T get(Optional<Outline> outline, Object inputs, Supplier<T> make) {
        if (outline.isPresent() && last.isPresent() && last.get().outline() == outline.get() && last.get().inputs().equals(inputs)) {
            return last.get().value();
        }
        T value = make.get();
        last = outline.map(o -> new Made<>(o, inputs, value));
        return value;
    }
}
