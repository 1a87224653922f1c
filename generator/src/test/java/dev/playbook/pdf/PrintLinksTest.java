package dev.playbook.pdf;

import dev.playbook.model.PrintedBook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Links between the pages of a PDF lead inside it when a page's name has spaces and accents (issue 12): the pages link
 * with percent-encoded URLs, and the PDF's own links name its ids as they are, which the printer matches without decoding.
 */
class PrintLinksTest {

    private static final String GUIDE = "team/guides/R\u00e9union de d\u00e9couverte.html";

    private static String page(String main) {
        return "<!doctype html><html><head><title>x</title></head><body><main>" + main + "</main></body></html>";
    }

    @Test
    void linksToAndFromAPageWithSpacesAndAccentsLeadToItsPartAndSection() {
        Map<String, String> pages = Map.of(
                "index.html", page("<h1>Home</h1><p><a href=\"team/guides/R%C3%A9union%20de%20d%C3%A9couverte.html#apr%C3%A8s-lappel\">after</a>"
                        + " <a href=\"team/guides/R%C3%A9union%20de%20d%C3%A9couverte.html\">guide</a></p>"),
                GUIDE, page("<h1>R\u00e9union</h1><h2 id=\"apr\u00e8s-lappel\">Apr\u00e8s</h2><p><a href=\"../../index.html\">home</a>"
                        + " <a href=\"#apr%C3%A8s-lappel\">here</a> <a href=\"https://example.com/a%20b\">out</a></p>"));
        PrintedBook book = new PrintedBook("playbook.pdf", "Playbook", "", "Playbook", "v1", List.of("index.html", GUIDE));
        Document printed = PrintDocument.assemble(book, path -> Optional.ofNullable(pages.get(path)));
        assertEquals(List.of("#p2-apr\u00e8s-lappel", "#part-2"), printed.select("#part-1 a").eachAttr("href"));
        assertEquals(List.of("#part-1", "#p2-apr\u00e8s-lappel", "https://example.com/a%20b"), printed.select("#part-2 a").eachAttr("href"));
        assertEquals(1, printed.getElementsByAttributeValue("id", "p2-apr\u00e8s-lappel").size(), "the id the links name");
    }
}
