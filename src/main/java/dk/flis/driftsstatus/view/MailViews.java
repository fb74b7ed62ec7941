package dk.flis.driftsstatus.view;

import dk.flis.driftsstatus.history.History;
import dk.flis.driftsstatus.history.ReportChanges;
import dk.flis.driftsstatus.markdown.PlainText;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MailSettings;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.SiteConfig;
import dk.flis.driftsstatus.render.SitePaths;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Builds the monthly email's view from the same Overblik and change model the report page shows. */
public final class MailViews {
    private final SiteConfig site;
    private final History history;
    private final ChangeTexts changeTexts;
    private final OverviewViews overviews;

    /** Emails of {@code content}, with its {@code history}. */
    public MailViews(Content content, History history) {
        this.site = content.site();
        this.history = history;
        this.changeTexts = new ChangeTexts(site);
        this.overviews = new OverviewViews(site, history);
    }

    /** The email of {@code report}. */
    public MailView view(MonthlyReport report) {
        ReportChanges changes = history.changes(report);
        String pageUrl = site.baseUrl().isEmpty() ? "" : site.baseUrl() + SitePaths.report(report.month());
        OverviewView overview = overviews.view(report);
        List<MailView.AttentionView> attention = new ArrayList<>();
        for (OverviewView.Attention item : overview.attention()) {
            String noteHtml = linksForMail(item.noteHtml(), pageUrl);
            attention.add(new MailView.AttentionView(
                    item.areaName(),
                    item.status(),
                    item.since(),
                    item.data(),
                    pageUrl.isEmpty() ? "" : pageUrl + "#" + item.anchor(),
                    noteHtml,
                    PlainText.of(noteHtml)));
        }
        MailSettings mail = site.mail();
        return new MailView(
                subject(report),
                site.title(),
                site.organisation(),
                ReaderTexts.slideTitle(report),
                DanishFormats.longDate(report.date()),
                mail.greeting(),
                overview,
                attention,
                changeTexts.heading(changes),
                changeTexts.views(changes),
                pageUrl,
                pdfFileName(report),
                mail.signOff().isEmpty()
                        ? List.of()
                        : mail.signOff().lines().map(String::strip).toList(),
                mail.contact());
    }

    /**
     * A note's HTML as it can stand in an email: a link to a page of the site is made absolute
     * against the month's page, or, without a baseUrl to do so, kept as its text only (a relative
     * link in an email leads nowhere). Web and mail links stay as they are.
     */
    static String linksForMail(String html, String pageUrl) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element link : document.select("a[href]")) {
            String href = link.attr("href");
            if (href.matches("(?i)^(https?|mailto):.*")) {
                continue;
            }
            if (pageUrl.isEmpty()) {
                link.unwrap();
                continue;
            }
            try {
                link.attr("href", new URI(pageUrl).resolve(href).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                link.unwrap();
            }
        }
        return document.body().html();
    }

    /** The subject template of site.json filled in: {titel}, {dato} ("10/10"), {måned} ("oktober 2025"). */
    public String subject(MonthlyReport report) {
        return subject(site, report);
    }

    /** The subject of {@code report}'s mail under {@code site}'s settings, before anything is rendered. */
    public static String subject(SiteConfig site, MonthlyReport report) {
        return site.mail()
                .subject()
                .replace("{titel}", site.title())
                .replace("{dato}", DanishFormats.dayMonth(report.date()))
                .replace("{måned}", DanishFormats.monthYear(report.month()));
    }

    /** "driftsstatus-2025-10.pdf", the name the site publishes the PDF under. */
    public static String pdfFileName(MonthlyReport report) {
        return SitePaths.pdfFileName(report.month());
    }
}
