package dev.playbook.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one page's templates read of the {@code site} hash, as paths of keys ({@code roles / ae / name}): a warm renderer
 * renders the page again only when a value at one of them changed, so an edit to a role's mission renders the pages that
 * show it, not every page that shows the role's name. A value read whole (printed, listed, counted) is compared whole;
 * a map only looked into is compared by its presence, the keys read in it each by their own path.
 */
final class SiteReads {

    /**
     * One read: the value at {@code path}, whole, or only whether there is a map there ({@code presence}).
     * The empty path is the whole site.
     */
    record Read(List<String> path, boolean presence) {
    }

    private final Set<Read> reads = new HashSet<>();

    void value(List<String> path) {
        reads.add(new Read(path, false));
    }

    void presence(List<String> path) {
        reads.add(new Read(path, true));
    }

    /** The reads so far, as an immutable set. */
    Set<Read> reads() {
        return Set.copyOf(reads);
    }

    static List<String> child(List<String> path, String key) {
        List<String> child = new ArrayList<>(path.size() + 1);
        child.addAll(path);
        child.add(key);
        return List.copyOf(child);
    }
}
