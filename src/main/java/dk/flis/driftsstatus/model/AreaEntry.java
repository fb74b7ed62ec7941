package dk.flis.driftsstatus.model;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What one month's report says of one area, after defaults are applied: its status, the month its
 * data runs through ({@code null} = no data, shown "-"), the month the rule expects, and the note
 * (null when none was written).
 */
public record AreaEntry(
        Area area, Status status, YearMonth dataThrough, YearMonth expectedDataThrough, DriftNote note) {

    public AreaEntry {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(expectedDataThrough, "expectedDataThrough");
    }

    /** How many months the data lags behind the rule; 0 when on time, or when there is no data. */
    public int monthsBehind() {
        if (dataThrough == null || !dataThrough.isBefore(expectedDataThrough)) {
            return 0;
        }
        return (int) dataThrough.until(expectedDataThrough, java.time.temporal.ChronoUnit.MONTHS);
    }

    /** Whether an editor wrote a note for the area this month. */
    public boolean hasNote() {
        return note != null;
    }
}
