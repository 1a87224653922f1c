package dev.playbook.validate;

import dev.playbook.model.Document;
import dev.playbook.model.Playbook;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Two sources may not become the same page ({@code stages.md} and {@code stages.yaml}). */
public final class PagePathValidator {

    public List<Problem> validate(Playbook playbook) {
        Map<String, Document> byPage = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Document document : playbook.documents()) {
            Document first = byPage.putIfAbsent(document.outputPath(), document);
            if (first != null) {
                problems.add(Problem.error("page.conflict", Position.ofFile(document.path()),
                        document.path() + " and " + first.path() + " both become " + document.outputPath(),
                        "rename one of them"));
            }
        }
        return problems;
    }
}
