package dk.flis.driftsstatus.history;

import dk.flis.driftsstatus.model.MonthlyReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that changed from the previous report to {@code report}, one {@link AreaChange} per
 * area in registry order (removed areas last). {@code previous} is null for the first report, which
 * then has no changes.
 */
public record ReportChanges(MonthlyReport report, MonthlyReport previous, List<AreaChange> changes) {
    public ReportChanges {
        Objects.requireNonNull(report, "report");
        changes = List.copyOf(changes);
    }

    /** Whether there is a report before this one to compare with. */
    public boolean hasPrevious() {
        return previous != null;
    }

    /** The change of one area, if it changed. */
    public Optional<AreaChange> of(String areaId) {
        return changes.stream().filter(c -> c.area().id().equals(areaId)).findFirst();
    }
}
