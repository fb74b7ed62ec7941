package dk.flis.driftsstatus.view;

import dk.flis.driftsstatus.history.AreaHistory;
import dk.flis.driftsstatus.history.History;
import dk.flis.driftsstatus.model.Area;
import dk.flis.driftsstatus.model.AreaGroup;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.SiteConfig;
import dk.flis.driftsstatus.render.SitePaths;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Builds each area's page and the area navigation shown on every page. */
public final class AreaViews {
    private final Content content;
    private final SiteConfig site;
    private final History history;
    private final ChangeTexts changeTexts;
    private final ReaderTexts texts;

    /** Views of {@code content}, with its {@code history}. */
    public AreaViews(Content content, History history) {
        this.content = content;
        this.site = content.site();
        this.history = history;
        this.changeTexts = new ChangeTexts(site);
        this.texts = new ReaderTexts(site);
    }

    /**
     * Whether the area has left the report: its {@code until} lies before the latest report. Such
     * areas are listed apart in the navigation, and their pages stay.
     */
    public boolean removed(Area area) {
        YearMonth latest = content.latest().map(MonthlyReport::month).orElse(null);
        return area.until() != null && latest != null && area.until().isBefore(latest);
    }

    /** The registry's groups as navigation, then "Udgåede dataområder" for removed areas. */
    public List<NavGroupView> navigation() {
        List<NavGroupView> groups = new ArrayList<>();
        List<LinkView> removed = new ArrayList<>();
        for (AreaGroup group : content.registry().groups()) {
            List<LinkView> links = new ArrayList<>();
            for (Area area : group.areas()) {
                (removed(area) ? removed : links).add(new LinkView(area.name(), SitePaths.area(area.id())));
            }
            if (!links.isEmpty()) {
                groups.add(new NavGroupView(group.name(), links));
            }
        }
        if (!removed.isEmpty()) {
            groups.add(new NavGroupView("Udgåede dataområder", removed));
        }
        return groups;
    }

    /** The page of {@code area}. */
    public AreaPageView view(Area area) {
        AreaHistory areaHistory = history.area(area.id());
        List<AreaMonthView> months = new ArrayList<>();
        for (AreaHistory.Month month : areaHistory.months()) {
            months.add(0, month(month));
        }
        AreaMonthView current = months.isEmpty() ? null : months.get(0);
        String openSince = areaHistory
                .latest()
                .map(m -> ReaderTexts.openSince(areaHistory, m.month()))
                .orElse("");
        return new AreaPageView(
                area.id(),
                area.name(),
                area.group(),
                area.frequency(),
                area.source(),
                rule(area),
                period(area),
                removed(area),
                current,
                openSince,
                months);
    }

    private AreaMonthView month(AreaHistory.Month month) {
        var entry = month.entry();
        // The same comparison as the report page: against the report before, where a first
        // appearance reads "nyt dataområde".
        String changes = history.changes(month.report())
                .of(entry.area().id())
                .map(change -> String.join(", ", changeTexts.texts(change)))
                .orElse("");
        String driftHtml = entry.hasNote() ? entry.note().html() : StatusView.defaultTextHtml(entry.status());
        return new AreaMonthView(
                monthLabel(month.month()),
                SitePaths.row(month.month(), entry.area().id()),
                StatusView.of(entry.status()),
                entry.dataThrough() == null ? "-" : site.monthLabel(entry.dataThrough()),
                texts.behindInColumn(entry),
                driftHtml,
                changes);
    }

    /** "Okt 2025". */
    String monthLabel(YearMonth month) {
        return site.monthLabel(month) + " " + month.getYear();
    }

    /** The rule, told with the latest report that shows the area (or the latest report). */
    private String rule(Area area) {
        YearMonth month = history.area(area.id())
                .latest()
                .map(AreaHistory.Month::month)
                .orElseGet(() -> content.latest().orElseThrow().month());
        return texts.rule(area, month);
    }

    private String period(Area area) {
        List<String> parts = new ArrayList<>();
        if (area.since() != null) {
            parts.add("Med siden " + monthLabel(area.since()));
        }
        if (area.until() != null) {
            parts.add((removed(area) ? "Udgået efter " : "Med til og med ") + monthLabel(area.until()));
        }
        return String.join(" · ", parts);
    }
}
