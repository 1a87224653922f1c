package dev.playbook.model;

import java.util.List;
import java.util.Optional;

/**
 * How complete the playbook is: the share of checks that pass, overall, per book (the team, leadership
 * and sales management playbooks) and per content file, with what is missing in words. A full playbook
 * has every kind, so each kind counts as a check (passed when the playbook has it); every error fails a
 * check. {@code missing} is the kinds the playbook has none of yet; {@code failures} every failed check
 * that names a file, for the "what to do next" list.
 */
public record Completeness(Score overall, List<BookScore> books, List<ContentKind> missing, List<Failure> failures) {

    public Completeness {
        books = List.copyOf(books);
        missing = List.copyOf(missing);
        failures = List.copyOf(failures);
    }

    /** Nothing checked yet: what a check that never ran reports. */
    public static Completeness none() {
        return new Completeness(new Score(0, 0), List.of(), List.of(), List.of());
    }

    public record Score(int passed, int total) {

        /** Rounded down, so 100% means nothing is missing; 0 when nothing was checked (see {@link #started()}). */
        public int percent() {
            return total == 0 ? 0 : (int) Math.floor(passed * 100.0 / total);
        }

        /** Whether anything was checked: with no checks there is no score, and it is "not started", never 100%. */
        public boolean started() {
            return total > 0;
        }

        public boolean complete() {
            return started() && passed == total;
        }

        /** "86%", or "not started" when there is nothing to score. */
        public String label() {
            return started() ? percent() + "%" : "not started";
        }
    }

    /** One of the three books, or (without a book) the checks on the playbook as a whole. */
    public record BookScore(Optional<Book> book, String title, Score score, List<DocumentScore> documents) {

        public BookScore {
            documents = List.copyOf(documents);
        }
    }

    /** One content file: "Sales process 86%: 2 stages lack buyer-verifiable outcomes". */
    public record DocumentScore(String path, String title, Score score, List<String> gaps) {

        public DocumentScore {
            gaps = List.copyOf(gaps);
        }

        public String line() {
            return title + " " + score.label() + (gaps.isEmpty() ? "" : ": " + String.join("; ", gaps));
        }
    }

    /**
     * A failed check on a content file: the problem and who owns the file (its {@code owner}, a role id),
     * so that the work can be handed to whoever does it.
     */
    public record Failure(Optional<String> owner, String file, String title, Problem problem) {
    }
}
