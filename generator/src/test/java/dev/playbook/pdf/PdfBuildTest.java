package dev.playbook.pdf;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.model.TakeAways;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample playbook built with {pdf}: each PDF read back with PDFBox for its outline, its table of contents (whose
 * page numbers must be the pages the outline leads to), its headers and a known exit criterion; the same input gives
 * the same bytes.
 */
class PdfBuildTest {

    private static final Path CONTENT = Path.of("..", "content");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        Report report = new Generator().build(new BuildRequest(CONTENT, site, Optional.empty(), TODAY, false, new TakeAways(true, false)));
        assertEquals(List.of(), report.problems());
    }

    private static PDDocument pdf(String path) throws IOException {
        return Loader.loadPDF(site.resolve(path).toFile());
    }

    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf);
    }

    private static List<String> outline(PDDocument pdf) {
        List<String> titles = new ArrayList<>();
        pdf.getDocumentCatalog().getDocumentOutline().children().forEach(item -> titles.add(item.getTitle()));
        return titles;
    }

    @Test
    void aRolesPdfHoldsItsPageThenItsGuidesWithAnOutlineEntryEach() throws IOException {
        List<String> guides = Jsoup.parse(site.resolve("roles/ae.html").toFile(), "UTF-8")
                .select("[data-role-part=guides] li[data-guide] > a").eachText();
        try (PDDocument pdf = pdf("roles/ae.pdf")) {
            List<String> expected = new ArrayList<>();
            expected.add("Account Executive");
            expected.addAll(guides);
            assertEquals(expected, outline(pdf));
            assertTrue(guides.size() >= 5, "the sample's AE has guides: " + guides);
            assertTrue(pdf.getNumberOfPages() >= 2 + expected.size(), "a cover, contents, and at least a page a part: " + pdf.getNumberOfPages());
            String all = text(pdf, 1, pdf.getNumberOfPages());
            assertTrue(all.contains("A potential champion is named and has agreed to a second meeting."), "an exit criterion of Discovery");
            assertFalse(all.contains("The account is confirmed as an ICP match"), "Prospecting is no stage of the AE");
        }
    }

    /** Every part begins on the page its table-of-contents line names, which is where its outline entry leads. */
    @Test
    void theContentsPageNumbersAreWhereThePartsBegin() throws IOException {
        try (PDDocument pdf = pdf("roles/ae.pdf")) {
            String contents = text(pdf, 2, 2);
            assertTrue(contents.contains("Contents"));
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                int page = pdf.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage()) + 1;
                Matcher line = Pattern.compile(Pattern.quote(item.getTitle()) + "\\s*\\.+\\s*(\\d+)").matcher(contents);
                assertTrue(line.find(), item.getTitle() + " is in the contents: " + contents);
                assertEquals(page, Integer.parseInt(line.group(1)), item.getTitle());
                String first = text(pdf, page, page);
                assertTrue(first.contains(item.getTitle()), "page " + page + " begins " + item.getTitle());
                assertTrue(first.contains("Last reviewed"), "each part says when it was last reviewed: " + item.getTitle());
            }
        }
    }

    @Test
    void pagesAfterTheCoverCarryThePlaybookAndItsVersion() throws IOException {
        try (PDDocument pdf = pdf("roles/bdr.pdf")) {
            assertFalse(text(pdf, 1, 1).contains("Page 1 of"), "the cover has no header or footer");
            for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
                String text = text(pdf, page, page);
                assertTrue(text.contains("Northwind Analytics Sales Playbook · " + Bookshelf.NO_VERSION), "header on page " + page);
                assertTrue(text.contains("Page " + page + " of " + pdf.getNumberOfPages()), "footer on page " + page);
            }
            assertEquals(PdfPrinter.PRODUCER, pdf.getDocumentInformation().getProducer());
            assertEquals(null, pdf.getDocumentInformation().getCreationDate());
        }
    }

    @Test
    void theWholePlaybookHasAPartPerPageInReadingOrder() throws IOException {
        try (PDDocument pdf = pdf("playbook.pdf")) {
            List<String> parts = outline(pdf);
            assertEquals("Northwind Analytics Sales Playbook", parts.get(0), "the home page first");
            assertTrue(parts.contains("Sales process") && parts.contains("Running a discovery call") && parts.contains("Pull-through model"), parts.toString());
            assertTrue(parts.indexOf("Sales process") < parts.indexOf("Running a discovery call"), "structured pages before guides");
            assertTrue(pdf.getNumberOfPages() > parts.size(), "pages: " + pdf.getNumberOfPages());
            String all = text(pdf, 1, pdf.getNumberOfPages());
            assertTrue(all.contains("-> 30%"), "the sales process's arrows print as words the fonts have");
            assertFalse(all.contains("# 30%"), "no sign the fonts lack is printed as #");
        }
    }

    @Test
    void thePdfsAreLinkedFromTheRolePagesAndTheHomePage() throws IOException {
        assertEquals("../roles/ae.pdf", Jsoup.parse(site.resolve("roles/ae.html").toFile(), "UTF-8")
                .selectFirst("a.download--pdf").attr("href"));
        assertEquals("playbook.pdf", Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").selectFirst("a.download--pdf").attr("href"));
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        Path again = dir.resolve("again");
        new Generator().build(new BuildRequest(CONTENT, again, Optional.empty(), TODAY, false, new TakeAways(true, false)));
        for (String path : List.of("playbook.pdf", "roles/ae.pdf", "roles/vp-sales.pdf")) {
            assertArrayEquals(Files.readAllBytes(site.resolve(path)), Files.readAllBytes(again.resolve(path)), path);
        }
    }

    @Test
    void aBuildWithoutPdfsMakesNoneAndLinksNone() throws IOException {
        Path plain = dir.resolve("plain");
        new Generator().build(new BuildRequest(CONTENT, plain, Optional.empty(), TODAY));
        assertFalse(Files.exists(plain.resolve("playbook.pdf")));
        assertFalse(Files.exists(plain.resolve("roles/ae.pdf")));
        assertTrue(Jsoup.parse(plain.resolve("roles/ae.html").toFile(), "UTF-8").select("a.download--pdf").isEmpty());
    }
}
