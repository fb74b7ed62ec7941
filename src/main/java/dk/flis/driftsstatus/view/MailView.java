package dk.flis.driftsstatus.view;

import java.util.List;

/**
 * What the monthly email says, for templates/mail/: the subject, the report's date, what changed
 * since last month ({@code changesHeading} "" for the first report; {@code changes} empty when
 * nothing changed), the areas in trouble and for how long, the month's page as an absolute address
 * ({@code pageUrl} "" when site.json has no baseUrl) and the attached PDF's file name.
 */
public record MailView(String subject, String siteTitle, String organisation, String slideTitle, String reportDate,
        String changesHeading, List<ChangeView> changes, List<TroubleView> troubles, String pageUrl,
        String pdfFileName) {

    public MailView {
        changes = List.copyOf(changes);
        troubles = List.copyOf(troubles);
    }

    /** An area that needs attention this month: its status, how long it has ("siden juli 2025"), any lag. */
    public record TroubleView(String areaName, String statusLabel, String colour, String since, String behind) {
    }
}
