package dev.playbook.load;

import dev.playbook.model.MapNode;
import dev.playbook.model.PageHeader;
import dev.playbook.model.Book;

/** Reads the fields every page has from a header mapping, leniently: the schema reports bad values. */
final class HeaderReader {

    private HeaderReader() {
    }

    static PageHeader read(MapNode fields, Book book) {
        int order = fields.number("order").map(Double::intValue).orElse(Integer.MAX_VALUE);
        return new PageHeader(
                fields.text("title").orElse(null),
                fields.text("owner").orElse(null),
                fields.text("last_reviewed").orElse(null),
                fields.text("summary").orElse(null),
                fields.texts("audience"),
                fields.texts("stages"),
                book,
                order);
    }
}
