package dk.flis.driftsstatus.view;

import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.Page;

/**
 * One month's PDF: the report's view, the document's title and language, the footer line, and the
 * closing slide (the free page "Opdateringsfrekvens"; {@code closingTitle} empty when there is none).
 */
public record PdfDocumentView(
        String language,
        String documentTitle,
        String author,
        String footer,
        ReportView report,
        String closingTitle,
        String closingHtml) {

    /**
     * The free page that closes every PDF, as it closes the slide deck. Chosen by its file name so
     * editors need no extra setting: without {@code content/pages/opdateringsfrekvens.md} the PDF
     * simply ends after the table.
     */
    public static final String CLOSING_PAGE_SLUG = "opdateringsfrekvens";

    /** The PDF of {@code report}, closed by the page Opdateringsfrekvens when there is one. */
    public static PdfDocumentView of(Content content, ReportView report) {
        var site = content.site();
        Page closing = content.pages().stream()
                .filter(p -> p.slug().equals(CLOSING_PAGE_SLUG))
                .findFirst()
                .orElse(null);
        return new PdfDocumentView(
                site.language(),
                report.title() + " – " + site.title(),
                site.organisation(),
                site.title() + " · " + report.title(),
                report.withoutLatestLink(),
                closing == null ? "" : closing.title(),
                closing == null ? "" : closing.html());
    }
}
