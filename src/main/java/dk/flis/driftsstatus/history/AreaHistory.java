package dk.flis.driftsstatus.history;

import dk.flis.driftsstatus.model.Area;
import dk.flis.driftsstatus.model.AreaEntry;
import dk.flis.driftsstatus.model.MonthlyReport;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One area across all reports it appears in, oldest first. Empty for an area no report has shown yet. */
public record AreaHistory(Area area, List<Month> months) {
    public AreaHistory {
        Objects.requireNonNull(area, "area");
        months = List.copyOf(months);
    }

    /** What one report said of the area. */
    public record Month(MonthlyReport report, AreaEntry entry) {
        /** The report's month. */
        public YearMonth month() {
            return report.month();
        }
    }

    /** The latest report that shows the area, if any. */
    public Optional<Month> latest() {
        return months.isEmpty() ? Optional.empty() : Optional.of(months.get(months.size() - 1));
    }

    /**
     * The first month of the unbroken run of problem months (any status but ok and none) that
     * ends in {@code month}; empty when the area is not in trouble in {@code month}. A month without
     * a report for the area (before {@code since}) ends the run, as an ok month does.
     */
    public Optional<YearMonth> openSince(YearMonth month) {
        int end = indexOf(month);
        if (end < 0 || !months.get(end).entry().status().isProblem()) {
            return Optional.empty();
        }
        int start = end;
        while (start > 0
                && months.get(start - 1).entry().status().isProblem()
                && months.get(start - 1)
                        .month()
                        .plusMonths(1)
                        .equals(months.get(start).month())) {
            start--;
        }
        return Optional.of(months.get(start).month());
    }

    /**
     * Whether the problem open in {@code month} may be older than the reports: its run reaches back
     * to the area's first report, and the area is not one that began ({@code since}) in that month.
     * Then "since" is only a lower bound (see view/ReaderTexts for how readers are told).
     */
    public boolean openBeforeFirstReport(YearMonth month) {
        return openSince(month)
                .filter(start -> start.equals(months.get(0).month()))
                .filter(start -> area.since() == null || area.since().isBefore(start))
                .isPresent();
    }

    /** Binary search: the months are in order, one per report, and every page asks of every month. */
    private int indexOf(YearMonth month) {
        int low = 0;
        int high = months.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = months.get(middle).month().compareTo(month);
            if (order == 0) {
                return middle;
            } else if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }
}
