package dev.playbook.validate;

import dev.playbook.model.RuleId;
import dev.playbook.model.Suggestions;
import dev.playbook.model.Document;
import dev.playbook.model.OutputPaths;
import dev.playbook.model.Playbook;
import dev.playbook.model.Problem;
import dev.playbook.model.SourceLink;
import dev.playbook.model.SourceLinks;
import dev.playbook.model.UrlPaths;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks internal links: the file a link names exists (a page source, a page, or an asset) and the
 * {@code #anchor} exists on that page, using the ids of the rendered pages so that headings, stages,
 * roles and metrics are all known. External links are not fetched: the build must work offline. A link to
 * a file that is there but failed to load is not judged: the file's own problem says what is wrong.
 */
public final class LinkValidator {

    /** Present in a warm process: what the last validation was given, and what each file's links gave. */
    private final Optional<Memory> memory;

    /**
     * A link's problem is a function of the link, the files there are (sources, assets, files that failed to load) and
     * the ids of the pages: while those are the same, a file whose links are the same gives the same problems.
     */
    private static final class Memory {
        Set<String> sources = Set.of();
        Set<String> assets = Set.of();
        Set<String> unloaded = Set.of();
        Map<String, Set<String>> ids = Map.of();
        Map<String, FileLinks> files = Map.of();
    }

    /** One file's links, in order, and the problems they gave. */
    private record FileLinks(List<SourceLink> links, List<Problem> problems) {
    }

    public LinkValidator() {
        this.memory = Optional.empty();
    }

    private LinkValidator(Memory memory) {
        this.memory = Optional.of(memory);
    }

    /**
     * A validator for a warm process (the live preview): when no file came or went and every page has the ids it
     * had, only the files whose links changed are checked again (a warm renderer hands on the very same id sets for
     * pages it did not render again).
     */
    public static LinkValidator remembering() {
        return new LinkValidator(new Memory());
    }

    /** The pages of the site by output path, with the ids each one has. */
    public List<Problem> validate(Playbook playbook, List<SourceLink> links, Map<String, Set<String>> idsByPage) {
        Set<String> sources = playbook.documents().stream().map(Document::path).collect(Collectors.toSet());
        Set<String> assets = new HashSet<>();
        playbook.assets().forEach(a -> assets.add(a.path()));
        Set<String> unloaded = new HashSet<>();
        playbook.failures().forEach(failure -> {
            unloaded.add(failure.path());
            unloaded.add(OutputPaths.pageFor(failure.path()));
        });
        boolean sameSite = memory.filter(m -> m.sources.equals(sources) && m.assets.equals(assets) && m.unloaded.equals(unloaded)
                && PageSets.same(m.ids, idsByPage)).isPresent();
        Map<String, FileLinks> checked = new java.util.HashMap<>();
        List<Problem> problems = new java.util.ArrayList<>();
        int from = 0;
        while (from < links.size()) {
            // a file's links come together: one run per file
            String file = links.get(from).position().file();
            int to = from;
            while (to < links.size() && links.get(to).position().file().equals(file)) {
                to++;
            }
            List<SourceLink> run = List.copyOf(links.subList(from, to));
            FileLinks known = sameSite ? memory.get().files.get(file) : null;
            List<Problem> found;
            if (known != null && known.links().equals(run)) {
                found = known.problems();
            } else {
                found = new java.util.ArrayList<>();
                for (SourceLink link : run) {
                    check(link, sources, assets, unloaded, idsByPage).ifPresent(found::add);
                }
            }
            checked.put(file, new FileLinks(run, found));
            problems.addAll(found);
            from = to;
        }
        memory.ifPresent(m -> {
            m.sources = sources;
            m.assets = assets;
            m.unloaded = unloaded;
            m.ids = idsByPage;
            m.files = checked;
        });
        return problems;
    }

    private static Optional<Problem> check(SourceLink link, Set<String> sources, Set<String> assets, Set<String> unloaded,
                                           Map<String, Set<String>> idsByPage) {
        String target = link.target();
        if (!SourceLinks.isInternal(target)) {
            return Optional.empty();
        }
        String pathPart = SourceLinks.pathOf(target);
        String anchor = SourceLinks.anchorOf(target);
        String from = link.position().file();
        if (pathPart.startsWith("/")) {
            return Optional.of(Problem.error(RuleId.LINK_OUTSIDE, link.position(),
                    "link \"" + target + "\" starts at the root of the web server",
                    "write it relative to this file, such as \"../sales-process.yaml\": the site may be served from a sub-folder or opened from disk"));
        }
        String page;
        if (pathPart.isEmpty()) {
            page = OutputPaths.pageFor(from);
        } else {
            Optional<String> resolved = resolve(from, UrlPaths.decode(pathPart));
            if (resolved.isEmpty()) {
                return Optional.of(Problem.error(RuleId.LINK_OUTSIDE, link.position(),
                        "link \"" + target + "\" leads outside the playbook", "link to a file inside the content directory"));
            }
            String path = resolved.get();
            if (unloaded.contains(path)) {
                return Optional.empty(); // the file is there; its own problem says why it did not load
            }
            if (OutputPaths.isPageSource(path)) {
                if (!sources.contains(path)) {
                    return Optional.of(Problem.error(RuleId.LINK_BROKEN, link.position(),
                            "broken link \"" + target + "\": there is no " + path,
                            Suggestions.closest(path, sources).map(s -> "did you mean \"" + relativeTo(from, s) + "\"?")
                                    .orElse("check the file name and the ../ steps")));
                }
                page = OutputPaths.pageFor(path);
            } else if (idsByPage.containsKey(path)) {
                page = path;
            } else if (assets.contains(path)) {
                return Optional.empty();
            } else {
                return Optional.of(Problem.error(RuleId.LINK_BROKEN, link.position(),
                        "broken link \"" + target + "\": there is no " + path,
                        "link to the .md or .yaml source of a page, or to a file in the content directory"));
            }
        }
        if (anchor.isEmpty()) {
            return Optional.empty();
        }
        Set<String> ids = idsByPage.get(page);
        if (ids == null || ids.contains(anchor)) {
            // a page that failed to render has no ids to check against; its own problem is reported
            return Optional.empty();
        }
        return Optional.of(Problem.error(RuleId.LINK_ANCHOR, link.position(),
                "link \"" + target + "\": " + page + " has no anchor \"" + anchor + "\"",
                Suggestions.closest(anchor, ids).map(s -> "did you mean \"#" + s + "\"?")
                        .orElse("anchors are heading ids (\"## Price objections\" is #price-objections) or stage-, role- and metric- ids")));
    }

    /** Resolves {@code target} against the folder of {@code from}; empty when it climbs above the root. */
    static Optional<String> resolve(String from, String target) {
        Deque<String> parts = new ArrayDeque<>();
        if (!target.startsWith("/")) {
            String[] base = from.split("/");
            for (int i = 0; i < base.length - 1; i++) {
                parts.addLast(base[i]);
            }
        }
        for (String part : target.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    static String relativeTo(String from, String path) {
        String[] fromParts = from.split("/");
        String[] toParts = path.split("/");
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1 && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder relative = new StringBuilder();
        relative.append("../".repeat(fromParts.length - 1 - common));
        for (int i = common; i < toParts.length; i++) {
            relative.append(toParts[i]);
            if (i < toParts.length - 1) {
                relative.append('/');
            }
        }
        return relative.toString();
    }
}
