package dev.playbook.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.playbook.model.PrintedBook;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.helper.W3CDom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Prints a {@link PrintedBook} to PDF bytes from the site's rendered pages. The same pages always give the same
 * bytes: the producer is fixed, no creation or modification date is written, and the file identifier PDFBox
 * derives from the document id is derived from a fixed one. Safe to use from several threads, one book each.
 */
public final class PdfPrinter {

    static final String PRODUCER = "Playbook";

    static {
        // openhtmltopdf logs to standard error through java.util.logging (timings, CSS it skips), with one switch for
        // the whole JVM; the build reports what matters itself, so the library's notes are turned off once here
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }
    /** PDFBox makes the file's /ID from this id and the document's info; fixed, the /ID depends on the content alone. */
    private static final long DOCUMENT_ID = 1L;

    /** {@code pages} gives a page's HTML by its path in the site; a path it has no page for is left out of the book. */
    public byte[] print(PrintedBook book, Function<String, Optional<String>> pages) {
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(PrintDocument.assemble(book, pages));
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(pdf);
            builder.withW3cDocument(dom, null);
            builder.withProducer(PRODUCER);
            PdfBoxRenderer renderer = builder.buildPdfRenderer();
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setProducer(PRODUCER);
            info.setCreator(PRODUCER);
            info.setTitle(book.title());
            info.setCreationDate(null);
            info.setModificationDate(null);
            pdf.setDocumentId(DOCUMENT_ID);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // without object streams: PDFBox 3 packs them by walking the object graph recursively, which overflows the
            // stack on a playbook of a few thousand printed pages (page streams stay compressed either way)
            pdf.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            // the document is made in memory: an I/O failure here is a bug, not a problem with the content
            throw new UncheckedIOException("cannot print " + book.path(), e);
        }
    }
}
