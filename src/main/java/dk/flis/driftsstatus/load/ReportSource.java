package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.model.DriftNote;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A report file as written, before it is checked against the registry: the month its name gives,
 * its date, the front-matter overrides and the notes under their headings.
 */
public record ReportSource(
        String file,
        YearMonth month,
        LocalDate date,
        SourcePosition dateAt,
        List<Override> overrides,
        String prefaceHtml,
        List<Note> notes) {

    public ReportSource {
        overrides = List.copyOf(overrides);
        notes = List.copyOf(notes);
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
            SourcePosition dataThroughAt) {
    }

    /** A "## heading" and the note under it; {@code headingAt} points at the heading text. */
    public record Note(String heading, SourcePosition headingAt, DriftNote note) {
    }
}
