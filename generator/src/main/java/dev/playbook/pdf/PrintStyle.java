package dev.playbook.pdf;

import dev.playbook.model.PrintedBook;

/**
 * The print style of a PDF: A4 pages with the playbook's name and version at the top left, the part's title at the
 * top right (a running element) and the page number at the bottom; the base-14 fonts, which every PDF reader has,
 * so nothing is embedded and the bytes depend on the text alone.
 */
final class PrintStyle {

    private PrintStyle() {
    }

    static String css(PrintedBook book) {
        return """
                @page {
                  size: A4;
                  margin: 22mm 18mm 20mm 18mm;
                  @top-left { content: %s; font: 8pt Helvetica, sans-serif; color: #555; }
                  @top-right { content: element(part-title); font: 8pt Helvetica, sans-serif; color: #555; }
                  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Helvetica, sans-serif; color: #555; }
                }
                @page :first {
                  @top-left { content: none; }
                  @top-right { content: none; }
                  @bottom-right { content: none; }
                }
                body { font: 10pt/1.4 Helvetica, sans-serif; color: #111; }
                a { color: #0b4f8a; text-decoration: none; }
                .running-title { position: running(part-title); }
                .cover { page-break-after: always; padding-top: 70mm; }
                .cover__playbook { font-size: 14pt; color: #555; }
                .cover__title { font-size: 28pt; margin: 4mm 0; }
                .cover__subtitle { font-size: 13pt; }
                .cover__version { margin-top: 20mm; font-size: 11pt; color: #555; }
                .toc { page-break-after: always; }
                .toc__list { list-style: none; padding-left: 0; }
                .toc__list li { margin: 1.5mm 0; }
                .toc__link::after { content: leader('.') target-counter(attr(href), page); }
                .part { page-break-before: always; }
                .part + .part { page-break-before: always; }
                h1 { font-size: 20pt; margin: 0 0 3mm; }
                h2 { font-size: 14pt; margin: 6mm 0 2mm; page-break-after: avoid; }
                h3, h4 { font-size: 11pt; margin: 4mm 0 1.5mm; page-break-after: avoid; }
                .page-eyebrow, .page-meta, .page-audience, .muted, .hint { color: #555; font-size: 9pt; }
                table { border-collapse: collapse; width: 100%%; margin: 2mm 0; font-size: 9pt; }
                th, td { border: 0.5pt solid #999; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }
                tr { page-break-inside: avoid; }
                .num { text-align: right; }
                ul.checklist { list-style: none; padding-left: 0; }
                .checkbox { display: inline-block; width: 3mm; height: 3mm; border: 0.6pt solid #333; margin-right: 1.5mm; }
                .badge { font-size: 8pt; border: 0.5pt solid #777; padding: 0 1mm; }
                .print-form { page-break-before: always; }
                .print-form__hint { display: none; }
                .form-block { page-break-inside: avoid; }
                .form-header dt, .form-fields dt { font-weight: bold; margin-top: 2mm; }
                .form-header dd, .form-fields dd { margin: 0; }
                .form-field { display: block; border-bottom: 0.6pt solid #333; min-height: 7mm; }
                .form-field--tall { min-height: 22mm; border: 0.6pt solid #333; }
                .visually-hidden, [hidden] { display: none; }
                pre, code { font-family: Courier, monospace; font-size: 8.5pt; }
                pre { white-space: pre-wrap; }
                img { max-width: 100%%; }
                """.formatted(string(book.playbookTitle() + " · " + book.version()));
    }

    /** A CSS string literal. */
    private static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
