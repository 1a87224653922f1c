package dev.playbook.validate;

import dev.playbook.model.RuleId;
import dev.playbook.model.Asset;
import dev.playbook.model.Document;
import dev.playbook.model.OutputPaths;
import dev.playbook.model.Playbook;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.model.Book;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every file of the site has one source: two sources may not become the same page, and content may not
 * claim a file the generator writes (the home and playbook pages, the score and rules pages, theme assets).
 * Pages render in parallel, so a clash would otherwise be decided by a race.
 */
public final class PagePathValidator {

    public List<Problem> validate(Playbook playbook) {
        Map<String, String> owners = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Document document : playbook.documents()) {
            String page = document.outputPath();
            reserved(page, document.path()).ifPresent(why -> problems.add(conflict(document.path(), why)));
            String first = owners.putIfAbsent(page, document.path());
            if (first != null) {
                problems.add(conflict(document.path(), "it and " + first + " both become " + page));
            }
        }
        for (Asset asset : playbook.assets()) {
            Optional<String> reserved = reserved(asset.path(), asset.path());
            if (reserved.isPresent()) {
                problems.add(conflict(asset.path(), reserved.get()));
            } else if (owners.containsKey(asset.path())) {
                problems.add(conflict(asset.path(), "the page made from " + owners.get(asset.path()) + " is written there too"));
            }
        }
        return problems;
    }

    /** Why content may not produce {@code page}, if it may not. */
    private static Optional<String> reserved(String page, String source) {
        if (OutputPaths.GENERATED.contains(page)) {
            return Optional.of("the generator writes " + page + " itself");
        }
        if (page.startsWith(OutputPaths.ASSETS)) {
            return Optional.of("the assets/ folder belongs to the theme");
        }
        if (page.startsWith(OutputPaths.ROLES)) {
            return Optional.of("the roles/ folder holds the role pages the generator writes");
        }
        if (page.startsWith(OutputPaths.SEARCH_INDEX)) {
            return Optional.of("the search/ folder holds the search index");
        }
        boolean landing = page.equals(OutputPaths.HOME)
                || (page.endsWith("/index.html") && Book.byId(page.substring(0, page.indexOf('/'))).isPresent()
                    && page.indexOf('/') == page.lastIndexOf('/'));
        if (landing && !source.endsWith(".md")) {
            return Optional.of(page + " is a landing page the generator writes; an index.md there becomes its introduction");
        }
        return Optional.empty();
    }

    private static Problem conflict(String source, String why) {
        return Problem.error(RuleId.PAGE_CONFLICT, Position.ofFile(source), source + " cannot be published: " + why,
                "rename or move it");
    }
}
