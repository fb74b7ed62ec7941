package dk.flis.driftsstatus.history;

/** One way an area's row can differ from the previous month's report. */
public enum ChangeKind {
    /** The area is in this report but was not in the previous one (its {@code since} began). */
    ADDED,
    /** The area was in the previous report but is not in this one (its {@code until} passed). */
    REMOVED,
    /** The status differs, e.g. Normal drift → Delvis drift. */
    STATUS_CHANGED,
    /** The data lags its rule by more months than before (e.g. on time → one month behind). */
    FELL_BEHIND,
    /** The data lags its rule by fewer months than before, possibly not at all. */
    CAUGHT_UP,
    /** The data went from a month to "no data" ("-"). */
    DATA_LOST,
    /** The data came back after a month with "no data". */
    DATA_RESTORED,
    /** A note was written where there was none. */
    NOTE_NEW,
    /** The note's Markdown differs from last month's. */
    NOTE_CHANGED,
    /** Last month had a note; this month has none. */
    NOTE_RESOLVED
}
