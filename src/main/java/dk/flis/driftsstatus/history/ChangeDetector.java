package dk.flis.driftsstatus.history;

import dk.flis.driftsstatus.model.AreaEntry;
import dk.flis.driftsstatus.model.DriftNote;
import dk.flis.driftsstatus.model.MonthlyReport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares a report with the one before it. Data that advances one month per month, as its rule
 * says, is no change; only a lag that grows or shrinks, or data that disappears or returns, is.
 * Notes are compared by their Markdown, so re-rendering never counts as a change.
 */
public final class ChangeDetector {
    private ChangeDetector() {}

    /** The changes from {@code previous} (null for the first report) to {@code report}. */
    public static ReportChanges detect(MonthlyReport previous, MonthlyReport report) {
        if (previous == null) {
            return new ReportChanges(report, null, List.of());
        }
        List<AreaChange> changes = new ArrayList<>();
        for (AreaEntry after : report.entries()) {
            AreaEntry before = previous.entry(after.area().id()).orElse(null);
            if (before == null) {
                changes.add(new AreaChange(after.area(), List.of(ChangeKind.ADDED), null, after));
                continue;
            }
            Set<ChangeKind> kinds = compare(before, after);
            if (!kinds.isEmpty()) {
                changes.add(new AreaChange(after.area(), List.copyOf(kinds), before, after));
            }
        }
        for (AreaEntry before : previous.entries()) {
            if (report.entry(before.area().id()).isEmpty()) {
                changes.add(new AreaChange(before.area(), List.of(ChangeKind.REMOVED), before, null));
            }
        }
        return new ReportChanges(report, previous, changes);
    }

    /** The kinds of change between two consecutive entries of one area; empty when none. */
    public static Set<ChangeKind> compare(AreaEntry before, AreaEntry after) {
        Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
        if (!before.status().key().equals(after.status().key())) {
            kinds.add(ChangeKind.STATUS_CHANGED);
        }
        if (before.dataThrough() != null && after.dataThrough() == null) {
            kinds.add(ChangeKind.DATA_LOST);
        } else if (before.dataThrough() == null && after.dataThrough() != null) {
            kinds.add(ChangeKind.DATA_RESTORED);
        } else if (after.monthsBehind() > before.monthsBehind()) {
            kinds.add(ChangeKind.FELL_BEHIND);
        } else if (after.monthsBehind() < before.monthsBehind()) {
            kinds.add(ChangeKind.CAUGHT_UP);
        }
        String was = markdown(before.note());
        String is = markdown(after.note());
        if (was == null && is != null) {
            kinds.add(ChangeKind.NOTE_NEW);
        } else if (was != null && is == null) {
            kinds.add(ChangeKind.NOTE_RESOLVED);
        } else if (was != null && !Objects.equals(was, is)) {
            kinds.add(ChangeKind.NOTE_CHANGED);
        }
        return kinds;
    }

    private static String markdown(DriftNote note) {
        return note == null ? null : note.markdown();
    }
}
