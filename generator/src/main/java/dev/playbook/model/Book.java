package dev.playbook.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three playbooks a sales operating model is made of (team, leadership, sales management), called
 * books in the code so that "playbook" keeps meaning the whole: a kind belongs to a book, a page shows
 * in its book's navigation, and the completeness score is given per book. Their titles are the names
 * readers see ("Team playbook").
 */
public enum Book {
    TEAM("team", "Team playbook"),
    LEADERSHIP("leadership", "Leadership playbook"),
    MANAGEMENT("management", "Sales management playbook");

    private final String id;
    private final String title;

    Book(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Optional<Book> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
