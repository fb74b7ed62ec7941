package dk.flis.driftsstatus.view;

import dk.flis.driftsstatus.history.AreaHistory;
import dk.flis.driftsstatus.history.History;
import dk.flis.driftsstatus.model.AreaEntry;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.SiteConfig;
import dk.flis.driftsstatus.model.Status;
import dk.flis.driftsstatus.render.SitePaths;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Builds the open data of each month from the same model and history the pages show. */
public final class OpenDataViews {
    /** Links inside a data file are relative to it, one folder down from the site root. */
    private static final String TO_ROOT = SitePaths.rootFrom(SitePaths.DATA_LATEST);

    private final SiteConfig site;
    private final History history;

    /** Open data of {@code content}, with its {@code history}. */
    public OpenDataViews(Content content, History history) {
        this.site = content.site();
        this.history = history;
    }

    /** The open data of {@code report}; {@code withPdf} says whether its PDF is published. */
    public OpenDataView view(MonthlyReport report, boolean withPdf) {
        List<OpenDataView.AreaData> areas = new ArrayList<>();
        int asPlanned = 0;
        int attention = 0;
        int notApplicable = 0;
        for (AreaEntry entry : report.entries()) {
            areas.add(area(report, entry));
            if (entry.status().isProblem()) {
                attention++;
            } else if (entry.status().key().equals(Status.NONE)) {
                notApplicable++;
            } else {
                asPlanned++;
            }
        }
        String page = SitePaths.report(report.month());
        return new OpenDataView(
                site.title(),
                report.month().toString(),
                report.date().toString(),
                ReaderTexts.slideTitle(report),
                TO_ROOT + page,
                site.baseUrl().isEmpty() ? null : site.baseUrl() + page,
                withPdf ? TO_ROOT + SitePaths.pdf(report.month()) : null,
                new OpenDataView.Summary(
                        report.entries().size(),
                        asPlanned,
                        attention,
                        notApplicable,
                        ReaderTexts.summary(
                                asPlanned, notApplicable, report.entries().size())),
                areas);
    }

    private OpenDataView.AreaData area(MonthlyReport report, AreaEntry entry) {
        AreaHistory areaHistory = history.area(entry.area().id());
        Status status = entry.status();
        return new OpenDataView.AreaData(
                entry.area().id(),
                entry.area().name(),
                entry.area().group(),
                status.key(),
                status.label(),
                status.severity(),
                status.isProblem(),
                text(entry.dataThrough()),
                entry.expectedDataThrough().toString(),
                entry.dataThrough() == null ? null : entry.monthsBehind(),
                areaHistory.openSince(report.month()).map(YearMonth::toString).orElse(null),
                areaHistory.openBeforeFirstReport(report.month()),
                entry.hasNote() ? entry.note().plainText() : null,
                entry.hasNote() ? entry.note().html() : null,
                TO_ROOT + SitePaths.row(report.month(), entry.area().id()));
    }

    private static String text(YearMonth month) {
        return month == null ? null : month.toString();
    }
}
