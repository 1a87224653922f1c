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

    /** The source of the site's home page: its introduction, in Markdown. */
    public static final String HOME_SOURCE = "index.md";
    private static final String INTRODUCTION = "/index.md";

    /**
     * Whether {@code sourcePath} is a front page's introduction: the home page's ({@code index.md}) or a book's
     * ({@code team/index.md}). Such Markdown is not a guide: it becomes the front page, not a page of its own.
     */
    public static boolean isIntroduction(String sourcePath) {
        return sourcePath.equals(HOME_SOURCE) || (sourcePath.endsWith(INTRODUCTION)
                && byId(sourcePath.substring(0, sourcePath.length() - INTRODUCTION.length())).isPresent());
    }

    /** The source of this book's front page's introduction, such as {@code team/index.md}. */
    public String introduction() {
        return id + INTRODUCTION;
    }

    public static Optional<Book> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
