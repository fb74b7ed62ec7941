package dk.flis.driftsstatus.scaffold;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a planned report as editors write one by hand: the YAML front matter with one flow-style
 * line per area ({@code okonomi: { status: partial }}), then each note under {@code ## <area name>}.
 */
public final class ReportFileWriter {
    private ReportFileWriter() {}

    /** The text of the new report file {@code report} plans. */
    public static String write(NextReport report) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("date: ").append(report.date()).append('\n');
        List<String> overrides = new ArrayList<>();
        for (NextReport.Carried c : report.carried()) {
            List<String> settings = new ArrayList<>();
            if (c.status() != null) {
                settings.add("status: " + c.status());
            }
            if (c.dataThroughGiven()) {
                settings.add("data-through: " + (c.dataThrough() == null ? "null" : c.dataThrough()));
            }
            if (!settings.isEmpty()) {
                overrides.add("  " + c.area().id() + ": { " + String.join(", ", settings) + " }\n");
            }
        }
        if (!overrides.isEmpty()) {
            out.append("areas:\n");
            overrides.forEach(out::append);
        }
        out.append("---\n");
        for (NextReport.Carried c : report.carried()) {
            if (c.note() != null) {
                out.append("\n## ")
                        .append(c.area().name())
                        .append("\n\n")
                        .append(c.note().markdown())
                        .append('\n');
            }
        }
        return out.toString();
    }
}
