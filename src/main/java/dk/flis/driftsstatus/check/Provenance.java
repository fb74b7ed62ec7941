package dk.flis.driftsstatus.check;

import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.load.ReportSource;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where in the report files each entry's override and note were written, kept beside the model
 * (whose records stay free of positions) so warnings about the model can point at the right line.
 */
final class Provenance {
    /** The positions behind one area's entry in one month; either part may be null. */
    record EntryOrigin(ReportSource.Override override, SourcePosition noteHeadingAt) {}

    private final Map<String, EntryOrigin> origins = new HashMap<>();

    void record(YearMonth month, String areaId, ReportSource.Override override, SourcePosition noteHeadingAt) {
        if (override != null || noteHeadingAt != null) {
            origins.put(key(month, areaId), new EntryOrigin(override, noteHeadingAt));
        }
    }

    Optional<EntryOrigin> of(YearMonth month, String areaId) {
        return Optional.ofNullable(origins.get(key(month, areaId)));
    }

    private static String key(YearMonth month, String areaId) {
        return month + "/" + areaId;
    }
}
