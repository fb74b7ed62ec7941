package dk.flis.driftsstatus.view;

import dk.flis.driftsstatus.history.History;
import dk.flis.driftsstatus.model.Area;
import dk.flis.driftsstatus.model.AreaEntry;
import dk.flis.driftsstatus.model.AreaGroup;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.SiteConfig;
import dk.flis.driftsstatus.model.Status;
import dk.flis.driftsstatus.render.SitePaths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the archive: the months by year and the heatmap of areas × months, newest first. */
public final class ArchiveViews {
    /** Notes are cut to this many characters in a heatmap cell's text; the row has the rest. */
    static final int NOTE_SUMMARY_LENGTH = 120;

    private final Content content;
    private final SiteConfig site;
    private final History history;
    private final AreaViews areaViews;

    /** Views of {@code content}, with its {@code history}. */
    public ArchiveViews(Content content, History history) {
        this.content = content;
        this.site = content.site();
        this.history = history;
        this.areaViews = new AreaViews(content, history);
    }

    /** The archive page: "Alle rapporter" by year and the heatmap, both newest first. */
    public ArchiveView view() {
        Map<Integer, List<ArchiveView.Month>> byYear = new LinkedHashMap<>();
        for (MonthlyReport report : newestFirst()) {
            int count = history.changes(report).changes().size();
            String summary = !history.changes(report).hasPrevious()
                    ? "første rapport"
                    : count == 0 ? "ingen ændringer" : count == 1 ? "1 ændring" : count + " ændringer";
            byYear.computeIfAbsent(report.month().getYear(), y -> new ArrayList<>())
                    .add(new ArchiveView.Month(
                            ReaderTexts.slideTitle(report),
                            DanishFormats.longDate(report.date()),
                            SitePaths.report(report.month()),
                            summary));
        }
        List<ArchiveView.Year> years = new ArrayList<>();
        byYear.forEach((year, months) ->
                years.add(new ArchiveView.Year(String.valueOf(year), SitePaths.yearAnchor(year), months)));
        return new ArchiveView(years, heatmap(), dataFiles());
    }

    /** The open data, as the archive lists it. */
    private List<ArchiveView.DataFile> dataFiles() {
        String latest = SitePaths.dataMonth(content.latest().orElseThrow().month());
        return List.of(
                new ArchiveView.DataFile(
                        SitePaths.DATA_CSV,
                        name(SitePaths.DATA_CSV),
                        "alle måneder og dataområder i én tabel, til Excel (semikolonsepareret, UTF-8)"),
                new ArchiveView.DataFile(
                        SitePaths.DATA_LATEST,
                        name(SitePaths.DATA_LATEST),
                        "den seneste rapport som JSON, til andre systemer"),
                new ArchiveView.DataFile(latest, name(latest), "hver måned har sin egen JSON-fil, ÅÅÅÅ-MM.json"),
                new ArchiveView.DataFile(
                        SitePaths.DATA_SCHEMA,
                        SitePaths.DATA_SCHEMA_NAME,
                        "beskrivelse af JSON-filerne (JSON Schema)"));
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The heatmap: months newest first under their years, rows in the registry's groups. */
    HeatmapView heatmap() {
        List<MonthlyReport> reports = newestFirst();
        List<HeatmapView.Column> columns = new ArrayList<>();
        Map<Integer, Integer> monthsPerYear = new LinkedHashMap<>();
        for (MonthlyReport report : reports) {
            columns.add(new HeatmapView.Column(
                    site.monthLabel(report.month()),
                    String.valueOf(report.month().getYear()),
                    areaViews.monthLabel(report.month()),
                    SitePaths.report(report.month())));
            monthsPerYear.merge(report.month().getYear(), 1, Integer::sum);
        }
        List<HeatmapView.YearSpan> years = new ArrayList<>();
        monthsPerYear.forEach((year, months) -> years.add(new HeatmapView.YearSpan(String.valueOf(year), months)));
        List<HeatmapView.Group> groups = new ArrayList<>();
        for (AreaGroup group : content.registry().groups()) {
            List<HeatmapView.Row> rows = new ArrayList<>();
            for (Area area : group.areas()) {
                if (!history.area(area.id()).months().isEmpty()) {
                    rows.add(row(area, reports));
                }
            }
            if (!rows.isEmpty()) {
                groups.add(new HeatmapView.Group(group.name(), rows));
            }
        }
        return new HeatmapView(
                years,
                columns,
                groups,
                site.statuses().stream().map(StatusView::of).toList());
    }

    private HeatmapView.Row row(Area area, List<MonthlyReport> reports) {
        List<HeatmapView.Cell> cells = new ArrayList<>();
        for (MonthlyReport report : reports) {
            cells.add(report.entry(area.id())
                    .map(e -> cell(report, e))
                    .orElse(new HeatmapView.Cell(
                            false, null, "", areaViews.monthLabel(report.month()) + ": ikke med")));
        }
        return new HeatmapView.Row(area.name(), SitePaths.area(area.id()), areaViews.removed(area), cells);
    }

    private List<MonthlyReport> newestFirst() {
        List<MonthlyReport> reports = new ArrayList<>(content.reports());
        Collections.reverse(reports);
        return reports;
    }

    private HeatmapView.Cell cell(MonthlyReport report, AreaEntry entry) {
        Status status = entry.status();
        String text = areaViews.monthLabel(report.month()) + ": " + status.label();
        if (entry.hasNote()) {
            text += " – " + summary(entry.note().plainText());
        }
        return new HeatmapView.Cell(
                true,
                StatusView.of(status),
                SitePaths.row(report.month(), entry.area().id()),
                text);
    }

    /** The note's first {@value #NOTE_SUMMARY_LENGTH} characters, cut at a word. */
    static String summary(String text) {
        return cut(text, NOTE_SUMMARY_LENGTH);
    }

    /** The text's first {@code length} characters, cut at a word and marked " …" when cut. */
    static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int at = text.lastIndexOf(' ', length);
        return text.substring(0, at > 0 ? at : length) + " …";
    }
}
