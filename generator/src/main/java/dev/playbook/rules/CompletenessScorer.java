package dev.playbook.rules;

import dev.playbook.model.CheckResult;
import dev.playbook.model.Completeness;
import dev.playbook.model.Completeness.BookScore;
import dev.playbook.model.Completeness.Score;
import dev.playbook.model.Completeness.DocumentScore;
import dev.playbook.model.Document;
import dev.playbook.model.Playbook;
import dev.playbook.model.Book;
import dev.playbook.model.PlaybookConfig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Turns checks into scores: per file, per playbook and overall, naming what each file lacks. */
public final class CompletenessScorer {

    private final RuleCatalog catalog;

    public CompletenessScorer(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    public Completeness score(Playbook playbook, List<CheckResult> checks) {
        Map<String, Document> documents = new LinkedHashMap<>();
        playbook.documents().forEach(d -> documents.put(d.path(), d));
        Map<Optional<Book>, Map<String, List<CheckResult>>> grouped = new LinkedHashMap<>();
        for (CheckResult check : checks) {
            Optional<Book> book = check.scope().or(() -> Optional.ofNullable(documents.get(check.file()))
                    .flatMap(d -> d.header().bookIfAny()));
            String key = check.scope().isPresent() ? PlaybookConfig.FILE_NAME + "#" + book.map(Book::id).orElse("") : check.file();
            grouped.computeIfAbsent(book, s -> new TreeMap<>()).computeIfAbsent(key, k -> new ArrayList<>()).add(check);
        }
        List<BookScore> books = new ArrayList<>();
        for (Book book : Book.values()) {
            books.add(bookScore(Optional.of(book), book.title(), grouped, documents));
        }
        if (grouped.containsKey(Optional.<Book>empty())) {
            books.add(bookScore(Optional.empty(), "Home and other pages", grouped, documents));
        }
        return new Completeness(total(checks), books);
    }

    private BookScore bookScore(Optional<Book> book, String title, Map<Optional<Book>, Map<String, List<CheckResult>>> grouped,
                                Map<String, Document> documents) {
        Map<String, List<CheckResult>> files = grouped.getOrDefault(book, Map.of());
        List<DocumentScore> rows = new ArrayList<>();
        List<CheckResult> all = new ArrayList<>();
        files.forEach((file, checks) -> {
            all.addAll(checks);
            Document document = documents.get(file);
            String name = document != null && document.header().title() != null ? document.header().title()
                    : file.startsWith(PlaybookConfig.FILE_NAME) ? "Required sections" : file;
            rows.add(new DocumentScore(file.startsWith(PlaybookConfig.FILE_NAME) ? PlaybookConfig.FILE_NAME : file,
                    name, total(checks), gaps(checks)));
        });
        return new BookScore(book, title, total(all), rows);
    }

    private List<String> gaps(List<CheckResult> checks) {
        Map<String, Integer> failures = new LinkedHashMap<>();
        for (CheckResult check : checks) {
            if (!check.passed()) {
                failures.merge(check.ruleId(), 1, Integer::sum);
            }
        }
        List<String> gaps = new ArrayList<>();
        failures.forEach((rule, count) -> gaps.add(catalog.byId(rule).map(r -> r.gaps(count)).orElse(count + " " + rule)));
        return gaps;
    }

    private static Score total(List<CheckResult> checks) {
        int passed = (int) checks.stream().filter(CheckResult::passed).count();
        return new Score(passed, checks.size());
    }
}
