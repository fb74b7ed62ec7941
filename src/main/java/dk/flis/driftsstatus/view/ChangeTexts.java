package dk.flis.driftsstatus.view;

import dk.flis.driftsstatus.history.AreaChange;
import dk.flis.driftsstatus.history.ChangeKind;
import dk.flis.driftsstatus.history.ReportChanges;
import dk.flis.driftsstatus.model.AreaEntry;
import dk.flis.driftsstatus.model.SiteConfig;
import dk.flis.driftsstatus.render.SitePaths;
import java.util.ArrayList;
import java.util.List;

/** Puts the change model into the short Danish phrases the report page, archive and feed show. */
public final class ChangeTexts {
    private final SiteConfig site;
    private final ReaderTexts readerTexts;

    /** Phrases with the month labels of {@code site}. */
    public ChangeTexts(SiteConfig site) {
        this.site = site;
        this.readerTexts = new ReaderTexts(site);
    }

    /** "Ændringer siden 10/9", or "" for the first report. */
    public String heading(ReportChanges changes) {
        if (!changes.hasPrevious()) {
            return "";
        }
        return "Ændringer siden " + DanishFormats.dayMonth(changes.previous().date());
    }

    /** One line per changed area, in registry order. */
    public List<ChangeView> views(ReportChanges changes) {
        List<ChangeView> views = new ArrayList<>();
        for (AreaChange change : changes.changes()) {
            String id = change.area().id();
            List<String> texts = texts(change);
            views.add(new ChangeView(
                    change.area().name(),
                    change.after() == null ? "" : SitePaths.rowAnchor(id),
                    SitePaths.area(id),
                    texts,
                    change.area().name() + ": " + String.join(", ", texts) + "."));
        }
        return views;
    }

    /** What changed, one phrase per kind: "Normal drift → Delvis drift", "ny note". */
    public List<String> texts(AreaChange change) {
        List<String> texts = new ArrayList<>();
        AreaEntry before = change.before();
        AreaEntry after = change.after();
        for (ChangeKind kind : change.kinds()) {
            texts.add(
                    switch (kind) {
                        case ADDED -> "nyt dataområde";
                        case REMOVED -> "udgået";
                        case STATUS_CHANGED ->
                            before.status().label() + " → " + after.status().label();
                        case FELL_BEHIND -> "data " + readerTexts.behindInChange(after);
                        case CAUGHT_UP ->
                            after.monthsBehind() == 0
                                    ? "data indhentet (t.o.m. " + site.monthLabel(after.dataThrough()) + ")"
                                    : "data nu kun " + readerTexts.behindInChange(after);
                        case DATA_LOST -> "ingen data";
                        case DATA_RESTORED -> "data igen (t.o.m. " + site.monthLabel(after.dataThrough()) + ")";
                        case NOTE_NEW -> "ny note";
                        case NOTE_CHANGED -> "note ændret";
                        case NOTE_RESOLVED -> "note fjernet";
                    });
        }
        return texts;
    }
}
