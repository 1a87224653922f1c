package dev.playbook.validate;

import dev.playbook.model.Document;
import dev.playbook.model.Glossary;
import dev.playbook.model.OutputPaths;
import dev.playbook.model.Playbook;
import dev.playbook.model.Problem;
import dev.playbook.model.RuleId;
import dev.playbook.model.ScalarNode;
import dev.playbook.model.SourceLinks;
import dev.playbook.model.UrlPaths;
import dev.playbook.model.Suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A glossary term's {@code see:} leads to a page of the playbook, and to a section of it when it names one:
 * search sends a rep who types the term there first, so a wrong target is a wrong answer, not a dead link only.
 * Checked against the rendered pages' ids, like every anchor.
 */
public final class GlossaryTargetValidator {

    public List<Problem> validate(Playbook playbook, Map<String, Set<String>> idsByPage) {
        Glossary glossary = Glossary.from(playbook);
        List<Problem> problems = new ArrayList<>();
        if (glossary.isEmpty()) {
            return problems;
        }
        String from = glossary.path().get();
        Set<String> sources = playbook.documents().stream().map(Document::path).collect(Collectors.toSet());
        for (Glossary.Term term : glossary.terms()) {
            term.see().flatMap(see -> check(playbook, term, see, from, sources, idsByPage)).ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<Problem> check(Playbook playbook, Glossary.Term term, ScalarNode see, String from, Set<String> sources,
                                           Map<String, Set<String>> idsByPage) {
        String target = see.text().strip();
        // written encoded or not, as a Markdown link may be: the page links to it encoded once either way
        String pathPart = UrlPaths.decode(SourceLinks.pathOf(target));
        String anchor = SourceLinks.anchorOf(target);
        Optional<String> resolved = pathPart.isEmpty() ? Optional.of(from) : LinkValidator.resolve(from, pathPart);
        if (resolved.filter(playbook::failedToLoad).isPresent()) {
            return Optional.empty(); // the page is there; its own problem says why it did not load
        }
        if (!SourceLinks.isInternal(target) || resolved.isEmpty() || !sources.contains(resolved.get())) {
            return Optional.of(Problem.error(RuleId.GLOSSARY_TARGET, see.position(),
                    "\"" + term.term() + "\" is answered by \"" + target + "\", which is not a page of the playbook",
                    resolved.filter(p -> SourceLinks.isInternal(target))
                            .flatMap(p -> Suggestions.closest(p, sources))
                            .map(s -> "did you mean \"" + LinkValidator.relativeTo(from, s) + "\"?")
                            .orElse("link to the .md or .yaml file of the page, relative to " + from)));
        }
        String page = OutputPaths.pageFor(resolved.get());
        Set<String> ids = idsByPage.get(page);
        if (anchor.isEmpty() || ids == null || ids.contains(anchor)) {
            return Optional.empty(); // a page that failed to render has no ids to check; its own problem says why
        }
        return Optional.of(Problem.error(RuleId.GLOSSARY_TARGET, see.position(),
                "\"" + term.term() + "\" is answered by \"" + target + "\", but " + page + " has no section \"" + anchor + "\"",
                Suggestions.closest(anchor, ids).map(s -> "did you mean \"#" + s + "\"?")
                        .orElse("anchors are heading ids (\"## Price objections\" is #price-objections) or stage-, role- and metric- ids")));
    }
}
