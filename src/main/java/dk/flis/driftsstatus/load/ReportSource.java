package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.markdown.MarkdownBody;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A report file as written, before it is checked against the registry: the month its name gives,
 * its date, the front-matter overrides and its Markdown body, which starts {@code bodyLineOffset}
 * lines into the file. {@code month} and {@code date} are null when the name or the date is wrong
 * (already reported); the body is still rendered, so that its mistakes are reported in the same run.
 */
public record ReportSource(
        String file,
        YearMonth month,
        LocalDate date,
        SourcePosition dateAt,
        List<Override> overrides,
        MarkdownBody body,
        int bodyLineOffset) {

    public ReportSource {
        overrides = List.copyOf(overrides);
    }

    /** Whether the file's name and date could be read, so that it can become a report. */
    public boolean isComplete() {
        return month != null && date != null;
    }

    /**
     * What the front matter says of one area. {@code status} is null when not given;
     * {@code dataThroughGiven} tells "data-through: null" (no data) from no override at all.
     */
    public record Override(
            String areaKey,
            SourcePosition keyAt,
            String status,
            SourcePosition statusAt,
            boolean dataThroughGiven,
            YearMonth dataThrough,
            SourcePosition dataThroughAt) {}
}
