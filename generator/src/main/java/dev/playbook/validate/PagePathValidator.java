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
        Map<String, String> folded = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Document document : playbook.documents()) {
            String page = document.outputPath();
            reserved(page, document.path()).ifPresent(why -> problems.add(conflict(document.path(), why)));
            String first = owners.putIfAbsent(page, document.path());
            if (first != null) {
                problems.add(conflict(document.path(), "it and " + first + " both become " + page));
            } else {
                foldedClash(page, document.path(), folded).ifPresent(problems::add);
            }
        }
        for (Asset asset : playbook.assets()) {
            Optional<String> reserved = reserved(asset.path(), asset.path());
            if (reserved.isPresent()) {
                problems.add(conflict(asset.path(), reserved.get()));
            } else if (owners.containsKey(asset.path())) {
                problems.add(conflict(asset.path(), "the page made from " + owners.get(asset.path()) + " is written there too"));
            } else {
                foldedClash(asset.path(), asset.path(), folded).ifPresent(problems::add);
            }
        }
        return problems;
    }

    /**
     * Two files that differ only in case or in how their accents are encoded (Unicode NFC against NFD) are one
     * file on the hosts most sites are served from and on macOS and Windows checkouts: one would overwrite the other.
     */
    private static Optional<Problem> foldedClash(String file, String source, Map<String, String> folded) {
        String key = java.text.Normalizer.normalize(file, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
        String first = folded.putIfAbsent(key, source);
        return first == null ? Optional.empty() : Optional.of(conflict(source, "it and " + first
                + " differ only in upper and lower case or in how accents are encoded, and are one file where names ignore case"));
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
