package dev.playbook.index;

/**
 * Where a word stands on a page, and how much a match there counts. Each field saturates on its own
 * (BM25F-like), so a word in the title outranks the same word repeated through a long body.
 */
enum Field {
    TITLE(10),
    HEADING(5),
    /** Text inside {@code [data-search-field]}: stage names, exit criteria, metric and role names. */
    STRUCTURED(3),
    BODY(1);

    /** How many fields there are (values() copies its array at every call). */
    static final int COUNT = values().length;

    private final int boost;

    Field(int boost) {
        this.boost = boost;
    }

    int boost() {
        return boost;
    }

    /** The most a stem can score on one page: saturated in every field. */
    static int maxScore() {
        int sum = 0;
        for (Field field : values()) {
            sum += field.boost;
        }
        return sum;
    }
}
