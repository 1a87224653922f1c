package dev.playbook.rules;

import dev.playbook.model.Document;
import dev.playbook.model.Glossary;
import dev.playbook.model.GuidePage;
import dev.playbook.model.ListNode;
import dev.playbook.model.MapNode;
import dev.playbook.model.Node;
import dev.playbook.model.Position;
import dev.playbook.model.RuleId;
import dev.playbook.model.RuleInfo;
import dev.playbook.model.RunMemo;
import dev.playbook.model.ScalarNode;
import dev.playbook.model.StructuredDocument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations are explained: every word in capitals that reads as an abbreviation is in the glossary. The
 * glossary's links to the pages that answer its terms are checked with the rendered pages' ids, by the
 * validate stage ({@code glossary.target}).
 */
final class GlossaryRules {

    /** Code and link targets in Markdown are not prose: blanked out, keeping every other column where it was. */
    private static final Pattern NOT_PROSE = Pattern.compile("\\[TOC[^\\]]*\\]|`[^`\\n]*`|\\]\\([^)\\n]*\\)|<[a-z]+:[^>\\n]*>|https?://\\S+");

    private GlossaryRules() {
    }

    /** {@code uses}, present in a warm process ({@link RuleSet#remembering}), keeps what each document's scan gave from run to run. */
    static List<Rule> all(java.util.Optional<RunMemo<Document, Map<String, Position>>> uses) {
        return List.of(abbreviationsDefined(uses));
    }

    private static Rule abbreviationsDefined(java.util.Optional<RunMemo<Document, Map<String, Position>>> uses) {
        RuleInfo info = RuleInfo.warning(RuleId.GLOSSARY_ABBREVIATION, "Abbreviations are in the glossary",
                "A new rep does not know what SE or NRR stands for, and cannot search for what they do not know.",
                "%d {abbreviation is|abbreviations are} not in the glossary");
        return new SimpleRule(info, (context, log) -> {
            Glossary glossary = Glossary.from(context.playbook());
            if (glossary.isEmpty()) {
                return; // a playbook without a glossary is told so by playbook.required-sections, when it is required
            }
            java.util.Set<String> defined = glossary.defined();
            List<Document> documents = context.playbook().documents().stream()
                    .filter(document -> !glossary.path().get().equals(document.path())).toList();
            // the scan of every line is the rule's cost; documents are scanned in parallel and reported in order
            List<Map<String, Position>> found = documents.parallelStream()
                    .map(document -> RunMemo.get(uses, document, GlossaryRules::firstUses))
                    .toList();
            for (Map<String, Position> firstUse : found) {
                firstUse.forEach((word, at) -> log.expect(defined.contains(word), at,
                        "\"" + word + "\" is not in the glossary",
                        "add it to " + glossary.path().get() + " as an abbreviation of its term (abbreviations: [" + singular(word)
                                + "]), or write the words out"));
            }
        });
    }

    /** Each abbreviation a document uses, at its first use. */
    private static Map<String, Position> firstUses(Document document) {
        Map<String, Position> firstUse = new LinkedHashMap<>();
        if (document instanceof GuidePage guide) {
            scalars(guide.frontMatter(), firstUse);
            markdown(guide, firstUse);
        } else {
            scalars(((StructuredDocument) document).data(), firstUse);
        }
        return java.util.Collections.unmodifiableMap(firstUse);
    }

    private static String singular(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** Every string value of the tree but {@code kind}; a value's abbreviations are placed at the value. */
    private static void scalars(Node node, Map<String, Position> firstUse) {
        if (node instanceof MapNode map) {
            map.entries().stream().filter(e -> !e.key().equals("kind")).forEach(e -> scalars(e.value(), firstUse));
        } else if (node instanceof ListNode list) {
            list.items().forEach(item -> scalars(item, firstUse));
        } else if (node instanceof ScalarNode scalar && scalar.isString()) {
            Glossary.uses(scalar.text()).forEach(use -> firstUse.putIfAbsent(use.singular(), scalar.position()));
        }
    }

    /** The prose of a guide's body, line by line, outside fenced code; each use at its own line and column. */
    private static void markdown(GuidePage guide, Map<String, Position> firstUse) {
        String[] lines = guide.markdown().split("\n", -1);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            int lineNumber = guide.bodyLineOffset() + i + 1;
            if (Glossary.uses(line).isEmpty() && !line.contains("http")) {
                continue; // blanking out only removes words, but for a URL run into one: most lines need no regex
            }
            for (Glossary.Use use : Glossary.uses(blankOut(line))) {
                firstUse.putIfAbsent(use.singular(), new Position(guide.path(), lineNumber, use.start() + 1));
            }
        }
    }

    private static String blankOut(String line) {
        Matcher m = NOT_PROSE.matcher(line);
        StringBuilder out = new StringBuilder(line);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }
}
