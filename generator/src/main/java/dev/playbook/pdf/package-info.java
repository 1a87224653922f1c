/**
 * PDF stage: prints a {@code PrintedBook} (a role's page and guides, or the whole playbook) from the pages the
 * renderer made: a cover, a table of contents with page numbers, an outline entry per part, running headers with
 * the playbook's name and version, and the same bytes for the same pages. Lays out XHTML with openhtmltopdf on
 * PDFBox, which stay inside this package; no browser is needed.
 * <p>API: {@code Bookshelf} (which PDFs a version has), {@code PdfPrinter}.
 */
package dev.playbook.pdf;
