package dev.playbook.serve;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A site held in memory, as the live preview builds it: one immutable snapshot of every file, which the
 * builder swaps for the next one in a single step, so a request sees either the whole previous build or
 * the whole next one, never half of each. After a failed rebuild the builder simply does not replace it,
 * and the last good site stays served.
 * <p>The byte arrays are handed over, not copied: the builder does not change them after {@link #replace}.
 */
public final class MemorySite implements SiteFiles {

    /** The files and, derived from their paths once per snapshot, the folders that hold them. */
    private record Snapshot(Map<String, byte[]> files, Set<String> folders) {

        static Snapshot of(Map<String, byte[]> files) {
            Map<String, byte[]> copy = Map.copyOf(files);
            Set<String> folders = new HashSet<>();
            folders.add("");
            for (String path : copy.keySet()) {
                check(path);
                for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                    folders.add(path.substring(0, slash));
                }
            }
            return new Snapshot(copy, Set.copyOf(folders));
        }

        private static void check(String path) {
            boolean wellFormed = !path.isEmpty() && !path.startsWith("/") && !path.endsWith("/") && path.indexOf('\\') < 0;
            for (String segment : path.split("/", -1)) {
                wellFormed &= !segment.isEmpty() && !segment.equals(".") && !segment.equals("..");
            }
            if (!wellFormed) {
                throw new IllegalArgumentException("not a site path (relative, '/'-separated, no . or ..): \"" + path + "\"");
            }
        }
    }

    private volatile Snapshot current;

    /** An empty site: every path is missing until the first {@link #replace}. */
    public MemorySite() {
        this(Map.of());
    }

    public MemorySite(Map<String, byte[]> files) {
        this.current = Snapshot.of(files);
    }

    /**
     * Serves {@code files} from now on, in place of every file before (a path left out is gone). Safe to
     * call from any thread while requests are served.
     *
     * @throws IllegalArgumentException for a path that is not relative and '/'-separated, or has {@code .} or {@code ..}
     */
    public void replace(Map<String, byte[]> files) {
        current = Snapshot.of(Objects.requireNonNull(files, "files"));
    }

    /** The files served now (an immutable map), for a builder that makes the next snapshot from this one. */
    public Map<String, byte[]> files() {
        return current.files();
    }

    @Override
    public Optional<byte[]> read(String path) {
        return Optional.ofNullable(current.files().get(path));
    }

    @Override
    public boolean isFolder(String path) {
        return current.folders().contains(path);
    }
}
