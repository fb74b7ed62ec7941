package dk.flis.driftsstatus.view;

import java.util.List;

/**
 * What the monthly email says, for templates/mail/: the subject, the report's date, the editors'
 * {@code greeting} ("" for none), the month's Overblik, every area that needs attention with its
 * whole note, what changed since last month ({@code changesHeading} "" for the first report;
 * {@code changes} empty when nothing changed), the month's page as an absolute address ({@code pageUrl}
 * "" when site.json has no baseUrl), the attached PDF's file name, and the closing: {@code signOff}
 * lines and a {@code contact} line (empty when site.json has none).
 */
public record MailView(
        String subject,
        String siteTitle,
        String organisation,
        String slideTitle,
        String reportDate,
        String greeting,
        OverviewView overview,
        List<AttentionView> attention,
        String changesHeading,
        List<ChangeView> changes,
        String pageUrl,
        String pdfFileName,
        List<String> signOff,
        String contact) {

    public MailView {
        attention = List.copyOf(attention);
        changes = List.copyOf(changes);
        signOff = List.copyOf(signOff);
    }

    /**
     * An area that needs attention this month: status, how long ("siden juli 2025", "" when unknown),
     * its data's state ("" when on time), the address of its row ("" without baseUrl), and its whole
     * note: safe HTML whose links work outside the site, and readable plain text.
     */
    public record AttentionView(
            String areaName,
            StatusView status,
            String since,
            String data,
            String rowUrl,
            String noteHtml,
            String noteText) {}
}
