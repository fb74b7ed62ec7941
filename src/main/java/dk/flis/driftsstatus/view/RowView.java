package dk.flis.driftsstatus.view;

/**
 * One table row: the five cells of the slide plus the status. {@code driftHtml} is the rendered
 * note, or the status' default text (escaped) when no note was written. {@code behind} is empty
 * unless the data lags its rule, e.g. "1 måned forsinket – normalt Juni". {@code changed} marks a row
 * that differs from last month's report; {@code openSince} is the age of an open problem,
 * "siden juli 2025", empty when the area runs as planned (or, in the first report, when it is unknown).
 * {@code defaultText} is true when the Drift text is the status's own default text ("Kører efter
 * planen", "-"), so that the PDF says it once instead of after the status's label.
 */
public record RowView(
        String id,
        String anchor,
        String name,
        String frequency,
        String dataThrough,
        String source,
        StatusView status,
        String driftHtml,
        String driftText,
        boolean hasNote,
        boolean defaultText,
        String behind,
        String areaHref,
        boolean changed,
        String openSince) {}
