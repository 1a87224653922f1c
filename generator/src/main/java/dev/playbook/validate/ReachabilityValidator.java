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

    /** @param pages the rendered site: page path to the internal link targets on it, as written */
    public List<Problem> validate(Playbook playbook, Map<String, Set<String>> pages, String home) {
        if (!pages.containsKey(home)) {
            return List.of(); // the home page failed to render, and that problem is reported
        }
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
        return playbook.documents().stream()
                .filter(d -> pages.containsKey(d.outputPath()) && !reached.contains(d.outputPath()))
                .map(ReachabilityValidator::unreachable)
                .toList();
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
