package dk.flis.driftsstatus.view;

import dk.flis.driftsstatus.history.AreaHistory;
import dk.flis.driftsstatus.history.History;
import dk.flis.driftsstatus.model.AreaEntry;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.SiteConfig;
import dk.flis.driftsstatus.model.Status;
import java.util.ArrayList;
import java.util.List;

/** Builds the archive: the list of months and the heatmap of areas × months. */
public final class ArchiveViews {
    /** Notes are cut to this many characters in a heatmap cell's text; the row has the rest. */
    static final int NOTE_SUMMARY_LENGTH = 120;

    private final Content content;
    private final SiteConfig site;
    private final History history;
    private final AreaViews areaViews;

    public ArchiveViews(Content content, History history) {
        this.content = content;
        this.site = content.site();
        this.history = history;
        this.areaViews = new AreaViews(content, history);
    }

    public ArchiveView view() {
        List<ArchiveView.Month> months = new ArrayList<>();
        for (MonthlyReport report : content.reports()) {
            int count = history.changes(report).changes().size();
            String summary = !history.changes(report).hasPrevious() ? "første rapport"
                    : count == 0 ? "ingen ændringer" : count == 1 ? "1 ændring" : count + " ændringer";
            months.add(0, new ArchiveView.Month(ReportViews.slideTitle(report),
                    ReportViews.longDate(report), ReportViews.reportPath(report.month()), summary));
        }
        return new ArchiveView(months, heatmap());
    }

    HeatmapView heatmap() {
        List<HeatmapView.Column> columns = new ArrayList<>();
        for (MonthlyReport report : content.reports()) {
            columns.add(new HeatmapView.Column(site.monthLabel(report.month()), String.valueOf(report.month().getYear()),
                    areaViews.monthLabel(report.month()), ReportViews.reportPath(report.month())));
        }
        List<HeatmapView.Row> rows = new ArrayList<>();
        for (AreaHistory area : history.areas()) {
            if (area.months().isEmpty()) {
                continue;
            }
            List<HeatmapView.Cell> cells = new ArrayList<>();
            for (MonthlyReport report : content.reports()) {
                cells.add(report.entry(area.area().id()).map(e -> cell(report, e))
                        .orElse(new HeatmapView.Cell(false, null, "", areaViews.monthLabel(report.month()) + ": ikke med")));
            }
            rows.add(new HeatmapView.Row(area.area().name(), AreaViews.areaPath(area.area().id()),
                    areaViews.removed(area.area()), cells));
        }
        return new HeatmapView(columns, rows, site.statuses().stream().map(StatusView::of).toList());
    }

    private HeatmapView.Cell cell(MonthlyReport report, AreaEntry entry) {
        Status status = entry.status();
        String text = areaViews.monthLabel(report.month()) + ": " + status.label();
        if (entry.hasNote()) {
            text += " – " + summary(entry.note().plainText());
        }
        return new HeatmapView.Cell(true, StatusView.of(status),
                ReportViews.reportPath(report.month()) + "#omraade-" + entry.area().id(), text);
    }

    /** The note's first {@value #NOTE_SUMMARY_LENGTH} characters, cut at a word. */
    static String summary(String text) {
        if (text.length() <= NOTE_SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', NOTE_SUMMARY_LENGTH);
        return text.substring(0, cut > 0 ? cut : NOTE_SUMMARY_LENGTH) + " …";
    }
}
