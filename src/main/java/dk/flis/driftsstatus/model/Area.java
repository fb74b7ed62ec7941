package dk.flis.driftsstatus.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A data area from the registry, with the facts that rarely change. {@code since} and {@code until}
 * are null when the area has always existed / still exists.
 */
public record Area(
        String id,
        String name,
        String group,
        String frequency,
        String source,
        int delayMonths,
        YearMonth since,
        YearMonth until,
        List<String> aliases) {

    public Area {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        if (delayMonths < 0) {
            throw new IllegalArgumentException("delayMonths < 0");
        }
    }

    /** Whether the area is part of the report for that month. */
    public boolean activeIn(YearMonth month) {
        return (since == null || !month.isBefore(since)) && (until == null || !month.isAfter(until));
    }

    /**
     * The rule behind "Data t.o.m.": a report published in month R shows data through
     * R − 1 − delay (10/10 with delay 1 → August).
     */
    public YearMonth expectedDataThrough(YearMonth reportMonth) {
        return reportMonth.minusMonths(1L + delayMonths);
    }
}
