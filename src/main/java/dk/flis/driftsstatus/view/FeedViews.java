package dk.flis.driftsstatus.view;

import dk.flis.driftsstatus.history.History;
import dk.flis.driftsstatus.history.ReportChanges;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.SiteConfig;
import dk.flis.driftsstatus.render.SitePaths;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds the Atom feed. Feed readers (Outlook among them) handle relative links poorly, so with a
 * {@code baseUrl} every link is absolute; without one, links stay relative to {@code feed.xml},
 * which readers resolve against the address they fetched the feed from.
 */
public final class FeedViews {
    private final Content content;
    private final SiteConfig site;
    private final History history;
    private final ChangeTexts changeTexts;

    /** The feed of {@code content}, with its {@code history}. */
    public FeedViews(Content content, History history) {
        this.content = content;
        this.site = content.site();
        this.history = history;
        this.changeTexts = new ChangeTexts(site);
    }

    /** The feed, newest month first. */
    public FeedView view() {
        List<FeedView.Entry> entries = new ArrayList<>();
        for (MonthlyReport report : content.reports()) {
            String path = SitePaths.report(report.month());
            ReportChanges changes = history.changes(report);
            entries.add(
                    0,
                    new FeedView.Entry(
                            ReaderTexts.slideTitleWithMonth(report),
                            id(path),
                            link(path),
                            timestamp(report),
                            changeTexts.heading(changes),
                            changeTexts.views(changes).stream()
                                    .map(ChangeView::summary)
                                    .toList()));
        }
        String updated = content.latest().map(FeedViews::timestamp).orElse("1970-01-01T00:00:00Z");
        return new FeedView(
                site.title(),
                id(SitePaths.FEED),
                link(SitePaths.FEED),
                link(SitePaths.INDEX),
                updated,
                site.organisation(),
                entries);
    }

    /** An absolute address with a base URL, else the path relative to feed.xml. */
    String link(String path) {
        return site.baseUrl() + path;
    }

    /** Atom ids must be absolute IRIs that never change: the address, or a UUID named by site and path. */
    String id(String path) {
        if (!site.baseUrl().isEmpty()) {
            return site.baseUrl() + path;
        }
        return "urn:uuid:" + UUID.nameUUIDFromBytes((site.title() + "/" + path).getBytes(StandardCharsets.UTF_8));
    }

    /** Midnight UTC of the report date: the day is what matters, and it keeps the feed deterministic. */
    static String timestamp(MonthlyReport report) {
        return report.date() + "T00:00:00Z";
    }
}
