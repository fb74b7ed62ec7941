package dk.flis.driftsstatus.history;

import dk.flis.driftsstatus.model.Area;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All reports read together, computed once per build: the changes of every report against the one
 * before it and every registry area's history. Reports are consecutive in file order; a gap of
 * missing months is compared across, as "since the last report".
 */
public final class History {
    // By identity: a report's record hash would walk every entry and note on each look-up.
    private final Map<MonthlyReport, ReportChanges> changes = new java.util.IdentityHashMap<>();
    private final Map<String, AreaHistory> areas = new LinkedHashMap<>();

    private History(Content content) {
        MonthlyReport previous = null;
        for (MonthlyReport report : content.reports()) {
            changes.put(report, ChangeDetector.detect(previous, report));
            previous = report;
        }
        for (Area area : content.registry().areas()) {
            List<AreaHistory.Month> months = new ArrayList<>();
            for (MonthlyReport report : content.reports()) {
                report.entry(area.id()).ifPresent(entry -> months.add(new AreaHistory.Month(report, entry)));
            }
            areas.put(area.id(), new AreaHistory(area, months));
        }
    }

    /** The changes and area histories of {@code content}, computed now. */
    public static History of(Content content) {
        return new History(content);
    }

    /** The changes of {@code report} against the report before it. */
    public ReportChanges changes(MonthlyReport report) {
        ReportChanges found = changes.get(report);
        if (found == null) {
            throw new IllegalArgumentException("not a report of this content: " + report.month());
        }
        return found;
    }

    /** The history of the area with {@code id}, which must be in the registry. */
    public AreaHistory area(String id) {
        AreaHistory found = areas.get(id);
        if (found == null) {
            throw new IllegalArgumentException("no area " + id);
        }
        return found;
    }

    /** Every registry area's history, in registry order. */
    public List<AreaHistory> areas() {
        return List.copyOf(areas.values());
    }
}
