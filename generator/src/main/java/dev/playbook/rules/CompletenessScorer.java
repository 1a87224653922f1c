package dev.playbook.rules;

import dev.playbook.model.Book;
import dev.playbook.model.CheckResult;
import dev.playbook.model.Completeness;
import dev.playbook.model.Completeness.BookScore;
import dev.playbook.model.Completeness.DocumentScore;
import dev.playbook.model.Completeness.Failure;
import dev.playbook.model.Completeness.Score;
import dev.playbook.model.ContentKind;
import dev.playbook.model.Document;
import dev.playbook.model.Playbook;
import dev.playbook.model.PlaybookConfig;
import dev.playbook.model.Problem;
import dev.playbook.model.RuleId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns checks into scores: per file, per book and overall, naming what each file lacks. Three things
 * keep the score honest:
 * <ul>
 *   <li>a full playbook has every kind, so each kind is a check of its book, failed ("no compensation
 *       plan yet") until the playbook has one; whether a missing kind is also an error is the
 *       {@code playbook.required-sections} rule's to say, and its checks are not counted twice;</li>
 *   <li>every error fails a check: an error that no rule check failed (a schema error, a broken link)
 *       counts as a failed check of its file, so a playbook with errors is never at 100%;</li>
 *   <li>nothing checked is "not started" ({@link Score#started()}), never 100%.</li>
 * </ul>
 */
public final class CompletenessScorer {

    /** The row of a book's score that holds its kinds. */
    static final String SECTIONS_ROW = "Sections";

    private final RuleCatalog catalog;

    public CompletenessScorer(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    /** One scored item: passed, or failed for {@code gap} (how the score line names it) with its problem if it has one. */
    private record Item(Optional<Book> book, String key, String gap, Optional<Problem> problem, boolean passed) {
    }

    /**
     * @param checks   the rule checks, after the playbook's policy
     * @param problems every problem found, after the policy: errors that no check failed count as failed checks
     */
    public Completeness score(Playbook playbook, List<CheckResult> checks, List<Problem> problems) {
        Map<String, Document> documents = new LinkedHashMap<>();
        playbook.documents().forEach(d -> documents.put(d.path(), d));
        List<Item> items = new ArrayList<>();
        Set<Problem> counted = new HashSet<>();
        for (CheckResult check : checks) {
            if (check.rule() == RuleId.PLAYBOOK_REQUIRED_SECTIONS) {
                check.problem().ifPresent(counted::add); // the same as a missing kind, which is counted below
                continue;
            }
            Optional<Book> book = check.scope().or(() -> bookOf(documents.get(check.file())));
            String key = check.scope().isPresent() ? PlaybookConfig.FILE_NAME + "#" + book.map(Book::id).orElse("") : check.file();
            check.problem().ifPresent(counted::add);
            items.add(new Item(book, key, check.ruleId(), check.problem(), check.passed()));
        }
        List<ContentKind> missing = new ArrayList<>();
        for (ContentKind kind : ContentKind.values()) {
            boolean present = !playbook.ofKind(kind).isEmpty() || playbook.failedToLoad(kind);
            if (!present) {
                missing.add(kind);
            }
            items.add(new Item(Optional.of(kind.book()), sectionsKey(kind.book()), "no " + kind.noun() + " yet", Optional.empty(), present));
        }
        for (Problem problem : problems) {
            if (problem.isError() && !counted.contains(problem)) {
                String file = problem.position().file();
                items.add(new Item(bookOf(documents.get(file)), file, ERROR_GAP, Optional.of(problem), false));
            }
        }

        Map<Optional<Book>, Map<String, List<Item>>> grouped = new LinkedHashMap<>();
        for (Item item : items) {
            grouped.computeIfAbsent(item.book(), b -> new TreeMap<>()).computeIfAbsent(item.key(), k -> new ArrayList<>()).add(item);
        }
        List<BookScore> books = new ArrayList<>();
        for (Book book : Book.values()) {
            books.add(bookScore(Optional.of(book), book.title(), grouped, documents));
        }
        if (grouped.containsKey(Optional.<Book>empty())) {
            books.add(bookScore(Optional.empty(), "Home and other pages", grouped, documents));
        }
        return new Completeness(total(items), books, missing, failures(items, documents));
    }

    private static final String ERROR_GAP = "";

    private static String sectionsKey(Book book) {
        return PlaybookConfig.FILE_NAME + "#" + book.id();
    }

    private static Optional<Book> bookOf(Document document) {
        return Optional.ofNullable(document).flatMap(d -> d.header().bookIfAny());
    }

    private BookScore bookScore(Optional<Book> book, String title, Map<Optional<Book>, Map<String, List<Item>>> grouped,
                                Map<String, Document> documents) {
        Map<String, List<Item>> files = grouped.getOrDefault(book, Map.of());
        List<DocumentScore> rows = new ArrayList<>();
        List<Item> all = new ArrayList<>();
        files.forEach((file, items) -> {
            all.addAll(items);
            boolean sections = file.startsWith(PlaybookConfig.FILE_NAME + "#");
            rows.add(new DocumentScore(sections ? PlaybookConfig.FILE_NAME : file,
                    sections ? SECTIONS_ROW : titleOf(file, documents), total(items), gaps(items)));
        });
        return new BookScore(book, title, total(all), rows);
    }

    private static String titleOf(String file, Map<String, Document> documents) {
        Document document = documents.get(file);
        return document != null && document.header().title() != null ? document.header().title() : file;
    }

    /** "2 stages lack buyer-verifiable outcomes; no compensation plan yet; 1 error to fix". */
    private List<String> gaps(List<Item> items) {
        Map<String, Integer> failures = new LinkedHashMap<>();
        for (Item item : items) {
            if (!item.passed()) {
                failures.merge(item.gap(), 1, Integer::sum);
            }
        }
        List<String> gaps = new ArrayList<>();
        failures.forEach((gap, count) -> {
            if (gap.equals(ERROR_GAP)) {
                gaps.add(count + (count == 1 ? " error" : " errors") + " to fix");
            } else {
                gaps.add(catalog.byId(gap).map(r -> r.gaps(count)).orElse(gap));
            }
        });
        return gaps;
    }

    /** Every failed check with a problem, by owner (files without one last), then by file and line. */
    private static List<Failure> failures(List<Item> items, Map<String, Document> documents) {
        List<Failure> failures = new ArrayList<>();
        for (Item item : items) {
            if (item.passed() || item.problem().isEmpty()) {
                continue;
            }
            Problem problem = item.problem().get();
            String file = problem.position().file();
            Optional<String> owner = Optional.ofNullable(documents.get(file)).map(d -> d.header().owner()).filter(o -> !o.isBlank());
            failures.add(new Failure(owner, file, titleOf(file, documents), problem));
        }
        failures.sort(Comparator.comparing((Failure f) -> f.owner().isEmpty())
                .thenComparing(f -> f.owner().orElse(""))
                .thenComparing(Failure::problem, Problem.BY_POSITION));
        return failures;
    }

    private static Score total(List<Item> items) {
        int passed = (int) items.stream().filter(Item::passed).count();
        return new Score(passed, items.size());
    }
}
