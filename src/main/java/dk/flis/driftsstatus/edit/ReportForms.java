package dk.flis.driftsstatus.edit;

import dk.flis.driftsstatus.model.AreaEntry;
import dk.flis.driftsstatus.model.MonthlyReport;
import java.util.ArrayList;
import java.util.List;

/** Builds the form from a checked report: what the file says, in the form's terms. */
public final class ReportForms {
    private ReportForms() {}

    /**
     * The form of {@code report}, whose preface was {@code prefaceMarkdown} (the checked model keeps
     * only its HTML). Every active area in registry order, its status key, its data-through as the
     * rule, an earlier month or no data, and its note's Markdown.
     */
    public static ReportForm from(MonthlyReport report, String prefaceMarkdown) {
        List<AreaFields> areas = new ArrayList<>();
        for (AreaEntry entry : report.entries()) {
            areas.add(new AreaFields(
                    entry.area(),
                    entry.status().key(),
                    dataThrough(entry),
                    entry.hasNote() ? entry.note().markdown() : ""));
        }
        return new ReportForm(report.month(), report.date(), prefaceMarkdown, areas);
    }

    private static DataThrough dataThrough(AreaEntry entry) {
        if (entry.dataThrough() == null) {
            return DataThrough.NO_DATA;
        }
        if (entry.dataThrough().equals(entry.expectedDataThrough())) {
            return DataThrough.BY_RULE;
        }
        return new DataThrough.Month(entry.dataThrough());
    }
}
