package dev.playbook.model;

import java.util.List;
import java.util.Optional;

/**
 * What every page says about itself: the common header of a structured file or the front matter
 * of a guide. Fields the author left out are null or empty; the schema reports them.
 */
public record PageHeader(
        String title,
        String owner,
        String lastReviewed,
        String summary,
        List<String> audience,
        List<String> stages,
        Book book,
        int order) {

    public PageHeader {
        audience = List.copyOf(audience);
        stages = List.copyOf(stages);
    }

    public Optional<Book> bookIfAny() {
        return Optional.ofNullable(book);
    }
}
