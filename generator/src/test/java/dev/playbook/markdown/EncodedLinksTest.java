package dev.playbook.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * An author may link to a file whose name has spaces or accents as the URL ({@code Réunion%20de%20découverte.md}) or as
 * the name ({@code <Réunion de découverte.md>}): the page gets one URL, percent-encoded once, and the link checker the
 * link as written (issue 12).
 */
class EncodedLinksTest {

    private static final String ENCODED = "guides/R%C3%A9union%20de%20d%C3%A9couverte.html";

    private final MarkdownConverter converter = new MarkdownConverter();

    private static List<String> hrefs(String html) {
        return Jsoup.parseBodyFragment(html).select("a[href]").eachAttr("href");
    }

    @Test
    void theNameAndTheUrlOfAFileGiveTheSameEncodedLink() {
        ConvertedMarkdown converted = converter.convert("[a](guides/Réunion%20de%20découverte.md) [b](<guides/Réunion de découverte.md>)"
                + " [c](guides/R%C3%A9union%20de%20d%C3%A9couverte.md)\n");
        assertEquals(List.of(ENCODED, ENCODED, ENCODED), hrefs(converted.html()));
        assertEquals(List.of("guides/Réunion%20de%20découverte.md", "guides/Réunion de découverte.md",
                "guides/R%C3%A9union%20de%20d%C3%A9couverte.md"), converted.links().stream().map(LinkRef::target).toList(),
                "the link checker gets each link as the author wrote it, and decodes it itself");
    }

    @Test
    void aFragmentIsEncodedTooAndAnInPageLinkFindsItsHeading() {
        ConvertedMarkdown converted = converter.convert("## Après l'appel\n\n[x](#après-lappel) [y](#apr%C3%A8s-lappel)"
                + " [z](<Réunion de découverte.md#après-lappel>)\n");
        assertEquals(List.of("#apr%C3%A8s-lappel", "#apr%C3%A8s-lappel", "R%C3%A9union%20de%20d%C3%A9couverte.html#apr%C3%A8s-lappel"),
                hrefs(converted.html()));
        assertEquals("après-lappel", converted.headings().get(0).id(), "ids stay as they are: browsers decode the fragment to find them");
    }

    @Test
    void theContentsOfTOCLinkToHeadingsBeyondAsciiEncodedWithOrWithoutRawHtml() {
        String markdown = "[TOC]\n\n## Pr\u00e9paration\n\n## During\n\n## Apr\u00e8s l'appel\n";
        assertEquals(List.of("#pr%C3%A9paration", "#during", "#apr%C3%A8s-lappel"), hrefs(converter.convert(markdown).html()));
        assertEquals(List.of("#pr%C3%A9paration", "#during", "#apr%C3%A8s-lappel"), hrefs(converter.convert(markdown + "\n<b>raw</b>\n").html()));
    }

    @Test
    void imagesAndRawHtmlLinksAreEncodedAlike() {
        Document page = Jsoup.parseBodyFragment(converter.convert("![logo](<images/logo équipe.png>)\n\n"
                + "<a href=\"Réunion de découverte.md\">raw</a> <img src=\"images/logo%20équipe.png\" alt=\"\">\n").html());
        assertEquals(List.of("images/logo%20%C3%A9quipe.png", "images/logo%20%C3%A9quipe.png"), page.select("img").eachAttr("src"));
        assertEquals(List.of("R%C3%A9union%20de%20d%C3%A9couverte.html"), page.select("a").eachAttr("href"));
    }

    @Test
    void externalLinksQueriesAndAsciiLinksAreLeftAsWritten() {
        assertEquals(List.of("https://example.com/a b", "mailto:x@example.com", "team/roles.html?x=a+b&y=%zz#role-ae", "../sales-process.html"),
                hrefs(converter.convert("[a](<https://example.com/a b>) [b](mailto:x@example.com) [c](team/roles.yaml?x=a+b&y=%zz#role-ae)"
                        + " [d](../sales-process.yaml)\n").html()));
    }

    @Test
    void aPercentSignThatStartsNoEscapeIsEncodedOnceAndEncodingAgainChangesNothing() {
        assertEquals(List.of("100%25.html", "100%25.html"), hrefs(converter.convert("[a](100%.md) [b](100%25.md)\n").html()));
        // with raw HTML the page goes through the sanitizer and its links are rewritten a second time
        assertEquals(List.of("R%C3%A9union%20de.html", "100%25.html"),
                hrefs(converter.convert("[a](<Réunion de.md>) [b](100%.md) <b>raw</b>\n").html()));
    }

    @Test
    void anAngledDestinationStopsAtItsEndAndAtALineEnd() {
        assertEquals(List.of("a%20b.html"), hrefs(converter.convert("[x](<a b.md> \"title\")\n").html()));
        assertEquals(List.of(), hrefs(converter.convert("[x](<a\nb.md>)\n").html()), "no line end inside");
        assertEquals(List.of(), hrefs(converter.convert("[x](<a <b.md>)\n").html()), "no unescaped <");
        assertEquals(List.of(), hrefs(converter.convert("[x](a b.md)\n").html()), "without brackets, a space still ends it, as in CommonMark");
        assertEquals(List.of("a%3Eb.html"), hrefs(converter.convert("[x](<a\\>b.md>)\n").html()), "an escaped >");
    }

    @Test
    void anAngledDestinationOfBackslashesThatNeverClosesIsReadInLinearTime() {
        String hostile = ("[x](<" + "\\\\".repeat(20_000) + "\\ \n").repeat(20);
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> converter.convert(hostile));
    }
}
