package dk.flis.driftsstatus.view;

import dk.flis.driftsstatus.history.History;
import dk.flis.driftsstatus.history.ReportChanges;
import dk.flis.driftsstatus.model.AreaEntry;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.SiteConfig;
import java.util.ArrayList;
import java.util.List;

/** Builds the monthly email's view from the same change model the report page shows. */
public final class MailViews {
    private final SiteConfig site;
    private final History history;
    private final ChangeTexts changeTexts;

    public MailViews(Content content, History history) {
        this.site = content.site();
        this.history = history;
        this.changeTexts = new ChangeTexts(site);
    }

    public MailView view(MonthlyReport report) {
        ReportChanges changes = history.changes(report);
        List<MailView.TroubleView> troubles = new ArrayList<>();
        for (AreaEntry entry : report.entries()) {
            if (entry.status().isProblem()) {
                troubles.add(new MailView.TroubleView(entry.area().name(), entry.status().label(), entry.status().colour(),
                        ReportViews.openSinceText(history.area(entry.area().id()), report.month()),
                        changeTexts.behind(entry)));
            }
        }
        String pageUrl = site.baseUrl().isEmpty() ? "" : site.baseUrl() + ReportViews.reportPath(report.month());
        return new MailView(subject(report), site.title(), site.organisation(), ReportViews.slideTitle(report),
                ReportViews.longDate(report), changeTexts.heading(changes), changeTexts.views(changes), troubles,
                pageUrl, pdfFileName(report));
    }

    /** The subject template of site.json filled in: {titel}, {dato} ("10/10"), {måned} ("oktober 2025"). */
    public String subject(MonthlyReport report) {
        return site.mail().subject()
                .replace("{titel}", site.title())
                .replace("{dato}", report.date().getDayOfMonth() + "/" + report.date().getMonthValue())
                .replace("{måned}", ReportViews.monthYear(report.month()));
    }

    /** "driftsstatus-2025-10.pdf", the name the site publishes the PDF under. */
    public static String pdfFileName(MonthlyReport report) {
        String path = ReportViews.pdfPath(report.month());
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
