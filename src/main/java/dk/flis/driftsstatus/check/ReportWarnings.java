package dk.flis.driftsstatus.check;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.MonthInWords;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.model.AreaEntry;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.SiteConfig;
import dk.flis.driftsstatus.model.Status;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Likely mistakes that are not errors: a problem status nobody explains, data behind its rule
 * without a word, a note copied unchanged for half a year, and a note that calls a problem "as
 * planned". They are printed but never stop a build.
 */
final class ReportWarnings {
    /** A note this many months old (counting the report it is in) is probably forgotten. */
    static final int STALE_NOTE_MONTHS = 6;

    private final SiteConfig site;
    private final Provenance provenance;
    private final Diagnostics diagnostics;

    ReportWarnings(SiteConfig site, Provenance provenance, Diagnostics diagnostics) {
        this.site = site;
        this.provenance = provenance;
        this.diagnostics = diagnostics;
    }

    /** {@code reports} oldest first, as the checker sorts them. */
    void warn(List<MonthlyReport> reports) {
        for (MonthlyReport report : reports) {
            for (AreaEntry entry : report.entries()) {
                warnUnexplained(report, entry);
                warnAsPlannedOnProblem(report, entry);
            }
        }
        if (!reports.isEmpty()) {
            // Only the latest report: older ones are history, and repeating this for every month
            // of a long-lived note would bury the one warning an editor can act on.
            MonthlyReport latest = reports.get(reports.size() - 1);
            latest.entries().forEach(entry -> warnStale(reports, latest, entry));
        }
    }

    private void warnUnexplained(MonthlyReport report, AreaEntry entry) {
        if (entry.hasNote()) {
            return;
        }
        var override = provenance.of(report.month(), entry.area().id()).map(Provenance.EntryOrigin::override);
        if (entry.status().isProblem()) {
            SourcePosition at = override.map(o -> o.status() != null ? o.statusAt() : o.keyAt())
                    .orElse(SourcePosition.of(report.file()));
            diagnostics.warning(
                    at,
                    "problem-without-note",
                    entry.area().name(),
                    entry.status().key(),
                    entry.status().label(),
                    entry.status().defaultText());
        } else if (entry.monthsBehind() > 0) {
            SourcePosition at = override.map(o -> o.dataThroughAt()).orElse(SourcePosition.of(report.file()));
            diagnostics.warning(
                    at,
                    "behind-without-note",
                    entry.area().name(),
                    entry.monthsBehind(),
                    entry.expectedDataThrough().toString());
        }
    }

    private void warnAsPlannedOnProblem(MonthlyReport report, AreaEntry entry) {
        if (!entry.hasNote() || !entry.status().isProblem()) {
            return;
        }
        // Only a note that says nothing else: "Kører efter planen på nær for …" is a fair way to
        // describe a partial status, as the real October report does.
        String asPlanned = site.status(Status.OK).defaultText();
        if (normal(entry.note().plainText()).equals(normal(asPlanned))) {
            diagnostics.warning(
                    noteAt(report, entry),
                    "note-says-as-planned",
                    asPlanned,
                    entry.status().key(),
                    entry.status().label());
        }
    }

    private void warnStale(List<MonthlyReport> reports, MonthlyReport latest, AreaEntry entry) {
        if (!entry.hasNote()) {
            return;
        }
        YearMonth since = latest.month();
        for (int i = reports.size() - 2; i >= 0; i--) {
            var earlier = reports.get(i).entry(entry.area().id());
            if (earlier.isEmpty()
                    || !earlier.get().hasNote()
                    || !earlier.get().note().markdown().equals(entry.note().markdown())) {
                break;
            }
            since = reports.get(i).month();
        }
        long months = since.until(latest.month(), ChronoUnit.MONTHS) + 1;
        if (months >= STALE_NOTE_MONTHS) {
            diagnostics.warning(
                    noteAt(latest, entry),
                    "note-unchanged",
                    entry.area().name(),
                    new MonthInWords(since),
                    months,
                    since.toString());
        }
    }

    private SourcePosition noteAt(MonthlyReport report, AreaEntry entry) {
        return provenance
                .of(report.month(), entry.area().id())
                .map(Provenance.EntryOrigin::noteHeadingAt)
                .orElse(SourcePosition.of(report.file()));
    }

    private static String normal(String text) {
        return text.strip().replaceAll("[\\s.!]+$", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
