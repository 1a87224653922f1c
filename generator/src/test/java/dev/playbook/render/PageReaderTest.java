package dev.playbook.render;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ids and links of a rendered page are the ones a browser sees, however the theme writes its attributes. */
class PageReaderTest {

    private static RenderedPage read(String body) {
        PageReader reader = new PageReader();
        String html = "<!doctype html><html><head><link rel=stylesheet href=assets/site.css><link rel=icon href='data:,'></head><body>"
                + body + "</body></html>";
        return reader.read("team/page.html", reader.parse(html));
    }

    @Test
    void idsAreFoundHoweverTheyAreQuotedAndWithTheirEntitiesDecoded() {
        RenderedPage page = read("<h2 id=\"double\">a</h2><h2 id='single'>b</h2><h2 id=bare>c</h2><h2 ID=\"Upper\">d</h2>"
                + "<section id='caf&eacute;&#32;&amp;&#x20;tea'>e</section>");
        assertEquals(Set.of("double", "single", "bare", "Upper", "café & tea"), page.ids());
    }

    @Test
    void linksAreFoundHoweverTheyAreQuotedWithoutAnchorQueryOrOtherSchemes() {
        RenderedPage page = read("<a href='a.html#x'>a</a><a href=b.html?q=1>b</a><a href=\"c&amp;d.html\">c</a>"
                + "<a href=\"https://example.com/e.html\">e</a><a href=\"#local\">here</a><a href=mailto:x@example.com>mail</a>");
        assertEquals(Set.of("assets/site.css", "a.html", "b.html", "c&d.html"), page.links());
    }

    @Test
    void textAndOtherAttributesThatLookLikeIdsOrLinksAreNeither() {
        RenderedPage page = read("<p title='see id=\"fake\" and href=\"fake.html\"'>text mentions id=\"fake2\" and href=\"fake2.html\"</p>"
                + "<!-- <a id=\"commented\" href=\"commented.html\"> --><p data-id=\"data\">x</p>");
        assertEquals(Set.of(), page.ids());
        assertEquals(Set.of("assets/site.css"), page.links());
    }
}
