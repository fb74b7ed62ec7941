package dk.flis.driftsstatus.view;

import dk.flis.driftsstatus.history.History;
import dk.flis.driftsstatus.history.ReportChanges;
import dk.flis.driftsstatus.model.AreaEntry;
import dk.flis.driftsstatus.model.AreaGroup;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.SiteConfig;
import dk.flis.driftsstatus.render.SitePaths;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Builds the view of one report: the slide's cells, in registry order, with data-through as month labels. */
public final class ReportViews {
    private final Content content;
    private final SiteConfig site;
    private final History history;
    private final ChangeTexts changeTexts;
    private final ReaderTexts texts;
    private final OverviewViews overviews;

    /** Views of {@code content}, with its {@code history}. */
    public ReportViews(Content content, History history) {
        this.content = content;
        this.site = content.site();
        this.history = history;
        this.changeTexts = new ChangeTexts(site);
        this.texts = new ReaderTexts(site);
        this.overviews = new OverviewViews(site, history);
    }

    /** The page (and PDF) view of {@code report}; {@code withPdf} adds the link to its PDF. */
    public ReportView view(MonthlyReport report, boolean withPdf) {
        ReportChanges changes = history.changes(report);
        List<GroupView> groups = new ArrayList<>();
        for (AreaGroup group : content.registry().groups()) {
            List<RowView> rows = new ArrayList<>();
            for (var area : group.areas()) {
                report.entry(area.id()).ifPresent(entry -> rows.add(row(report, entry, changes)));
            }
            if (!rows.isEmpty()) {
                groups.add(new GroupView(group.name(), SitePaths.groupAnchor(Slugs.of(group.name())), rows));
            }
        }
        String dateText = DanishFormats.longDate(report.date());
        return new ReportView(
                report.month().toString(),
                ReaderTexts.slideTitle(report),
                dateText,
                report.date().toString(),
                "Dataområder og drift pr. " + dateText,
                report.prefaceHtml(),
                groups,
                SitePaths.report(report.month()),
                withPdf ? SitePaths.pdf(report.month()) : "",
                changeTexts.heading(changes),
                changeTexts.views(changes),
                overviews.view(report),
                latestLink(report));
    }

    /** On a month that is not the latest: the notice and the link to the latest report. */
    private LatestLinkView latestLink(MonthlyReport report) {
        MonthlyReport latest = content.latest().orElseThrow();
        if (latest == report) {
            return null;
        }
        return new LatestLinkView(
                ReaderTexts.olderReport(), ReaderTexts.latestReportLink(latest), SitePaths.report(latest.month()));
    }

    private RowView row(MonthlyReport report, AreaEntry entry, ReportChanges changes) {
        var status = entry.status();
        String driftText = entry.hasNote() ? entry.note().plainText() : status.defaultText();
        String driftHtml = entry.hasNote() ? entry.note().html() : StatusView.defaultTextHtml(status);
        return new RowView(
                entry.area().id(),
                SitePaths.rowAnchor(entry.area().id()),
                entry.area().name(),
                entry.area().frequency(),
                dataThroughLabel(entry.dataThrough()),
                entry.area().source(),
                StatusView.of(status),
                driftHtml,
                driftText,
                entry.hasNote(),
                driftText.strip().equals(status.defaultText().strip()),
                behindText(entry),
                SitePaths.area(entry.area().id()),
                changes.of(entry.area().id()).isPresent(),
                ReaderTexts.openSince(history.area(entry.area().id()), report.month()));
    }

    /** "Aug", or "-" when there is no data. */
    public String dataThroughLabel(YearMonth month) {
        return month == null ? "-" : site.monthLabel(month);
    }

    private String behindText(AreaEntry entry) {
        return texts.behindInColumn(entry);
    }
}
