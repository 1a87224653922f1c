package dev.playbook.pdf;

import dev.playbook.model.OutputPaths;
import dev.playbook.model.PrintedBook;
import dev.playbook.model.RoleView;
import dev.playbook.model.TakeAways;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The PDFs of one version of a site: one per role (its role page, then the guides written for it, in the order
 * the role page lists them) and one of the whole playbook, in reading order.
 */
public final class Bookshelf {

    /** What the cover and the headers say when the site has no versions. */
    static final String NO_VERSION = "Working copy";

    public List<PrintedBook> books(String playbookTitle, Optional<String> version, List<RoleView> roles, List<String> readingOrder) {
        String label = version.orElse(NO_VERSION);
        List<PrintedBook> books = new ArrayList<>();
        books.add(new PrintedBook(TakeAways.playbookPdf(version), playbookTitle, "The whole playbook", playbookTitle, label, readingOrder));
        for (RoleView role : roles) {
            List<String> pages = new ArrayList<>();
            pages.add(RoleView.pagePath(role.id()));
            role.guides().forEach(guide -> pages.add(OutputPaths.pageFor(guide)));
            books.add(new PrintedBook(TakeAways.rolePdf(role.id(), version), role.name(),
                    "What the " + role.name() + " does, and the guides written for the role", playbookTitle, label, pages));
        }
        return List.copyOf(books);
    }
}
