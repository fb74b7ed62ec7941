package dk.flis.driftsstatus.scaffold;

import dk.flis.driftsstatus.edit.AreaFields;
import dk.flis.driftsstatus.edit.CanonicalReport;
import dk.flis.driftsstatus.edit.DataThrough;
import dk.flis.driftsstatus.edit.ReportForm;

/**
 * Writes a planned report in the canonical form the edit form writes too ({@link CanonicalReport}):
 * the front matter with one flow-style line per area ({@code okonomi: { status: partial }}), then
 * each note under {@code ## <area name>}.
 */
public final class ReportFileWriter {
    private ReportFileWriter() {}

    /** The text of the new report file {@code report} plans. */
    public static String write(NextReport report) {
        return CanonicalReport.write(form(report)).text();
    }

    /**
     * The plan as a form. Areas that were not carried over are ok by the rule with no note, which
     * the writer leaves out of the file, so they need no fields here.
     */
    static ReportForm form(NextReport report) {
        return new ReportForm(
                report.month(),
                report.date(),
                "",
                report.carried().stream()
                        .map(c -> new AreaFields(
                                c.area(),
                                c.status(),
                                !c.dataThroughGiven()
                                        ? DataThrough.BY_RULE
                                        : c.dataThrough() == null
                                                ? DataThrough.NO_DATA
                                                : new DataThrough.Month(c.dataThrough()),
                                c.note() == null ? "" : c.note().markdown()))
                        .toList());
    }
}
