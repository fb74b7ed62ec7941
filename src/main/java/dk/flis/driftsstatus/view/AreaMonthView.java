package dk.flis.driftsstatus.view;

/**
 * One month in an area's history: "Okt 2025", the link to that row of the month's report, status,
 * data-through ("Aug" or "-"), lag ("1 måned forsinket – normalt Juni" or ""), the note (or the status'
 * default text) and what changed since the month before ("" when nothing did).
 */
public record AreaMonthView(
        String month,
        String reportHref,
        StatusView status,
        String dataThrough,
        String behind,
        String driftHtml,
        String changes) {}
