package dev.playbook.rules;

import dev.playbook.model.Playbook;
import dev.playbook.model.Position;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions of one finding: {@code # playbook-ignore rule-id: reason} in YAML or
 * {@code <!-- playbook-ignore rule-id: reason -->} in Markdown, on the finding's line or the line
 * above it. Read from the source text, since YAML comments are not part of the document.
 */
public final class Suppressions {

    private static final Pattern MARKER = Pattern.compile(
            "(?:#|<!--)\\s*playbook-ignore\\s+([a-z][a-z0-9.-]*)(?:\\s*:\\s*(.*?))?\\s*(?:-->)?\\s*$");

    /**
     * One suppression comment; it covers its own line and the next, and findings about the file as a
     * whole (line 0, such as an unreachable page) wherever it stands in that file.
     */
    public record Suppression(String ruleId, String reason, Position position) {

        boolean covers(String file, int line) {
            return position.file().equals(file) && (line == 0 || line == position.line() || line == position.line() + 1);
        }
    }

    private final List<Suppression> all;
    private final boolean judgesUse;

    private Suppressions(List<Suppression> all, boolean judgesUse) {
        this.all = List.copyOf(all);
        this.judgesUse = judgesUse;
    }

    /**
     * The suppressions of a playbook as loaded: while a file of it failed to load, a suppression that
     * matches nothing is not reported, because the problem it was written for may be one of those that are
     * not judged until that file loads (a link to it, a reference to a role it defines, its own rules).
     *
     * @param sources text of each page source by path
     */
    public static Suppressions scan(Map<String, String> sources, Playbook playbook) {
        return new Suppressions(scan(sources).all, playbook.failures().isEmpty());
    }

    /** @param sources text of each page source by path */
    public static Suppressions scan(Map<String, String> sources) {
        List<Suppression> found = new ArrayList<>();
        // most files have no marker: looking for one is the cost, over every text of a big playbook, so in parallel
        sources.entrySet().parallelStream().filter(source -> source.getValue().contains("playbook-ignore")).toList().stream()
                .sorted(Map.Entry.comparingByKey()).forEach(source -> found.addAll(inText(source.getKey(), source.getValue())));
        return new Suppressions(found, true);
    }

    /**
     * For a warm process (the live preview): the texts of files that did not change are the same objects from run to run,
     * and what they hold is not looked for again. Not thread-safe.
     */
    public static final class Scanner {

        private record Found(String path, List<Suppression> suppressions) {
        }

        private final dev.playbook.model.RunMemo<String, Found> texts = dev.playbook.model.RunMemo.byIdentity();

        public Suppressions scan(Map<String, String> sources, Playbook playbook) {
            List<Suppression> found = new ArrayList<>();
            new java.util.TreeMap<>(sources).forEach((path, text) -> {
                Found known = texts.get(text, t -> new Found(path, inText(path, t)));
                found.addAll(known.path().equals(path) ? known.suppressions() : inText(path, text));
            });
            texts.endRun();
            return new Suppressions(found, playbook.failures().isEmpty());
        }
    }

    private static List<Suppression> inText(String path, String text) {
        if (!text.contains("playbook-ignore")) {
            return List.of();
        }
        List<Suppression> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].contains("playbook-ignore")) {
                continue;
            }
            Matcher matcher = MARKER.matcher(lines[i]);
            if (matcher.find()) {
                String reason = matcher.group(2) == null ? "" : matcher.group(2).trim();
                found.add(new Suppression(matcher.group(1), reason, new Position(path, i + 1, matcher.start() + 1)));
            }
        }
        return found;
    }

    public List<Suppression> all() {
        return all;
    }

    /** Whether a suppression that matches no problem is reported as unused. */
    public boolean judgesUse() {
        return judgesUse;
    }
}
