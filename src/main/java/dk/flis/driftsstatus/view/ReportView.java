package dk.flis.driftsstatus.view;

import java.util.List;

/**
 * One month's report as the HTML page and the PDF show it: slide title ("Oversigt pr. 10/10"),
 * long date, preface, the groups of rows, and links to the month's page and PDF relative to the
 * site root ({@code pdfPath} empty when there is no PDF). {@code changesHeading} ("Ændringer siden
 * 10/9") is empty for the first report, which has nothing to compare with. {@code overview} is the
 * Overblik over it all; {@code latest} points an older month's readers to the latest report (null
 * on the latest itself).
 */
public record ReportView(
        String month,
        String title,
        String dateText,
        String dateIso,
        String caption,
        String prefaceHtml,
        List<GroupView> groups,
        String path,
        String pdfPath,
        String changesHeading,
        List<ChangeView> changes,
        OverviewView overview,
        LatestLinkView latest) {

    public ReportView {
        groups = List.copyOf(groups);
        changes = List.copyOf(changes);
    }

    /**
     * The same report without what only the web page shows: the link to the latest report. The PDF
     * is a month's own record, and it need not be made again each time a newer month appears.
     */
    public ReportView withoutLatestLink() {
        return new ReportView(
                month,
                title,
                dateText,
                dateIso,
                caption,
                prefaceHtml,
                groups,
                path,
                pdfPath,
                changesHeading,
                changes,
                overview,
                null);
    }
}
