package dev.playbook.validate;

import dev.playbook.model.RuleId;
import dev.playbook.model.Document;
import dev.playbook.model.Playbook;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reports pages a reader cannot reach by following links from the home page. */
public final class ReachabilityValidator {

    /** Present in a warm process: the last site's links and what they gave. */
    private final java.util.Optional<Remembered> memory;

    /** The last validation of a warm validator: its pages' link sets, home page and which documents were unreachable. */
    private static final class Remembered {
        Map<String, Set<String>> pages = Map.of();
        String home = "";
        Set<String> unreachable = Set.of();
    }

    public ReachabilityValidator() {
        this.memory = java.util.Optional.empty();
    }

    private ReachabilityValidator(Remembered memory) {
        this.memory = java.util.Optional.of(memory);
    }

    /**
     * A validator for a warm process (the live preview): when every page links where it did last time (a
     * warm renderer hands on the very same sets for pages it did not render again), the walk is not done again.
     */
    public static ReachabilityValidator remembering() {
        return new ReachabilityValidator(new Remembered());
    }

    /** @param pages the rendered site: page path to the internal link targets on it, as written */
    public List<Problem> validate(Playbook playbook, Map<String, Set<String>> pages, String home) {
        if (!pages.containsKey(home)) {
            return List.of(); // the home page failed to render, and that problem is reported
        }
        Set<String> unreachable = memory.filter(m -> m.home.equals(home) && PageSets.same(m.pages, pages))
                .map(m -> m.unreachable).orElseGet(() -> unreachablePages(pages, home));
        memory.ifPresent(m -> {
            m.pages = pages;
            m.home = home;
            m.unreachable = unreachable;
        });
        return playbook.documents().stream()
                .filter(d -> unreachable.contains(d.outputPath()))
                .map(ReachabilityValidator::unreachable)
                .toList();
    }

    /** The pages no chain of links from {@code home} reaches. */
    private static Set<String> unreachablePages(Map<String, Set<String>> pages, String home) {
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(home);
        reached.add(home);
        // every page links to the navigation: the same target from the same folder resolves once
        Map<String, Map<String, Optional<String>>> resolvedInFolder = new HashMap<>();
        while (!queue.isEmpty()) {
            String page = queue.poll();
            Map<String, Optional<String>> resolved = resolvedInFolder.computeIfAbsent(folderOf(page), folder -> new HashMap<>());
            for (String target : pages.get(page)) {
                resolved.computeIfAbsent(target, t -> LinkValidator.resolve(page, t))
                        .filter(pages::containsKey).filter(reached::add).ifPresent(queue::add);
            }
        }
        Set<String> unreachable = new HashSet<>(pages.keySet());
        unreachable.removeAll(reached);
        return unreachable;
    }

    private static String folderOf(String page) {
        int slash = page.lastIndexOf('/');
        return slash < 0 ? "" : page.substring(0, slash);
    }

    private static Problem unreachable(Document document) {
        return Problem.warning(RuleId.NAV_UNREACHABLE, Position.ofFile(document.path()),
                "no link leads to this page from the home page or the navigation",
                "put it in a playbook folder (team/, leadership/, management/) or set \"playbook:\" in its front matter, or link to it");
    }
}
