package dev.playbook.markdown;

import dev.playbook.model.GuidePage;
import dev.playbook.model.ListNode;
import dev.playbook.model.MapNode;
import dev.playbook.model.Node;
import dev.playbook.model.Playbook;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.model.RuleId;
import dev.playbook.model.ScalarNode;
import dev.playbook.model.StructuredDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reports the Markdown the converter refused (see {@link Nesting}): in guide bodies at the place in the
 * file, in YAML text fields at the field. A refused text renders as nothing, and the error keeps the
 * site from being published.
 */
public final class MarkdownLimits {

    private final MarkdownConverter markdown;
    /** Present in a warm process: each structured document's refusals, while it is the same object. */
    private final java.util.Optional<dev.playbook.model.RunMemo<StructuredDocument, List<Problem>>> memo;

    public MarkdownLimits(MarkdownConverter markdown) {
        this(markdown, java.util.Optional.empty());
    }

    private MarkdownLimits(MarkdownConverter markdown, java.util.Optional<dev.playbook.model.RunMemo<StructuredDocument, List<Problem>>> memo) {
        this.markdown = markdown;
        this.memo = memo;
    }

    /** For a warm process (the live preview), kept from run to run. Not thread-safe. */
    public static MarkdownLimits remembering(MarkdownConverter markdown) {
        return new MarkdownLimits(markdown, java.util.Optional.of(dev.playbook.model.RunMemo.byIdentity()));
    }

    /** {@code converted}: each guide's body as converted by the build, by the guide's path. */
    public List<Problem> validate(Playbook playbook, Map<String, ConvertedMarkdown> converted) {
        List<Problem> problems = new ArrayList<>();
        for (GuidePage guide : playbook.guides()) {
            converted.get(guide.path()).refusal().ifPresent(refusal -> problems.add(problem(refusal,
                    new Position(guide.path(), refusal.line() + guide.bodyLineOffset(), refusal.column()))));
        }
        for (StructuredDocument document : playbook.structured()) {
            problems.addAll(dev.playbook.model.RunMemo.get(memo, document, this::refusals));
        }
        memo.ifPresent(dev.playbook.model.RunMemo::endRun);
        return problems;
    }

    private List<Problem> refusals(StructuredDocument document) {
        List<Problem> found = new ArrayList<>();
        checkFields(document.data(), found);
        return found;
    }

    private void checkFields(Node node, List<Problem> into) {
        if (node instanceof MapNode map) {
            map.entries().forEach(entry -> checkFields(entry.value(), into));
        } else if (node instanceof ListNode list) {
            list.items().forEach(item -> checkFields(item, into));
        } else if (node instanceof ScalarNode scalar && scalar.isString()) {
            markdown.refusal(scalar.text()).ifPresent(refusal -> into.add(problem(refusal, scalar.position())));
        }
    }

    private static Problem problem(Refusal refusal, Position position) {
        return Problem.error(RuleId.MARKDOWN_LIMIT, position, refusal.message(), refusal.hint());
    }
}
