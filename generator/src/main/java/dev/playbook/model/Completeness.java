package dev.playbook.model;

import java.util.List;

/**
 * How complete the playbook is: the share of rule checks that pass, overall, per book (the team,
 * leadership and sales management playbooks) and per content file, with what is missing in words.
 */
public record Completeness(Score overall, List<BookScore> books) {

    public Completeness {
        books = List.copyOf(books);
    }

    public record Score(int passed, int total) {

        /** Rounded down, so 100% means nothing is missing. */
        public int percent() {
            return total == 0 ? 100 : (int) Math.floor(passed * 100.0 / total);
        }
    }

    /** One of the three books, or (without a book) the checks on the playbook as a whole. */
    public record BookScore(java.util.Optional<Book> book, String title, Score score, List<DocumentScore> documents) {

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
            return title + " " + score.percent() + "%" + (gaps.isEmpty() ? "" : ": " + String.join("; ", gaps));
        }
    }
}
