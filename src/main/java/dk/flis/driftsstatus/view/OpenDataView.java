package dk.flis.driftsstatus.view;

import java.util.List;

/**
 * One month's report as open data (site/data/): what the page shows, as plain values for
 * spreadsheets and other systems. Months are "YYYY-MM", dates "YYYY-MM-DD"; a value that does not
 * apply is null. Links ({@code page}, {@code pdf}, an area's {@code row}) are relative to the data
 * folder; {@code pageUrl} is the absolute address when site.json has a baseUrl.
 */
public record OpenDataView(
        String site,
        String month,
        String reportDate,
        String title,
        String page,
        String pageUrl,
        String pdf,
        Summary summary,
        List<AreaData> areas) {

    public OpenDataView {
        areas = List.copyOf(areas);
    }

    /** The month at a glance, as the Overblik counts it, with its sentence. */
    public record Summary(int areas, int asPlanned, int needAttention, int notApplicable, String text) {}

    /**
     * One area in the month: its registry facts, status, the data's month against the rule's
     * ({@code monthsBehind} null when there is no data), since when a problem is open
     * ({@code openSinceIsLowerBound} when the run reaches back to the area's first report, so it may
     * be older), and the note as plain text and as the site's safe HTML (null when none was written).
     */
    public record AreaData(
            String id,
            String name,
            String group,
            String status,
            String statusLabel,
            int severity,
            boolean needsAttention,
            String dataThrough,
            String expectedDataThrough,
            Integer monthsBehind,
            String openSince,
            boolean openSinceIsLowerBound,
            String noteText,
            String noteHtml,
            String row) {}
}
