package dk.flis.driftsstatus.check;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.model.AreaEntry;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.SiteConfig;
import dk.flis.driftsstatus.model.Status;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Likely mistakes that are not errors: a problem status nobody explains, data behind its rule
 * without a word, a note copied unchanged for half a year, and a note that calls a problem "as
 * planned". They are printed but never stop a build.
 */
final class ReportWarnings {
    /** A note this many months old (counting the report it is in) is probably forgotten. */
    static final int STALE_NOTE_MONTHS = 6;

    private final String asPlannedText;
    private final Provenance provenance;
    private final Diagnostics diagnostics;

    ReportWarnings(SiteConfig site, Provenance provenance, Diagnostics diagnostics) {
        this.asPlannedText = site.status(Status.OK).defaultText();
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
        String heading = "## " + entry.area().name();
        if (entry.status().isProblem()) {
            SourcePosition at = override.map(o -> o.status() != null ? o.statusAt() : o.keyAt())
                    .orElse(SourcePosition.of(report.file()));
            diagnostics.warning(
                    at,
                    "\"" + entry.area().name() + "\" has status "
                            + entry.status().key() + " but no note",
                    "readers see only \"" + entry.status().defaultText() + "\"; add a section \"" + heading
                            + "\" saying what is wrong and when it is expected to be fixed");
        } else if (entry.monthsBehind() > 0) {
            SourcePosition at = override.map(o -> o.dataThroughAt()).orElse(SourcePosition.of(report.file()));
            diagnostics.warning(
                    at,
                    "the data of \"" + entry.area().name() + "\" is " + entry.monthsBehind()
                            + " month(s) behind its rule (" + entry.expectedDataThrough() + ") but there is no note",
                    "add a section \"" + heading + "\" saying why, and consider status: delayed");
        }
    }

    private void warnAsPlannedOnProblem(MonthlyReport report, AreaEntry entry) {
        if (!entry.hasNote() || !entry.status().isProblem()) {
            return;
        }
        // Only a note that says nothing else: "Kører efter planen på nær for …" is a fair way to
        // describe a partial status, as the real October report does.
        String asPlanned = asPlannedText;
        if (normal(entry.note().plainText()).equals(normal(asPlanned))) {
            diagnostics.warning(
                    noteAt(report, entry),
                    "the note says \"" + asPlanned + "\" but the status is "
                            + entry.status().key(),
                    "describe the problem, or remove the status (and the note) if the area runs as planned");
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
                    "the note on \"" + entry.area().name() + "\" is unchanged since " + since + " (" + months
                            + " months)",
                    "check that it is still true, and say what has happened since");
        }
    }

    private SourcePosition noteAt(MonthlyReport report, AreaEntry entry) {
        return provenance
                .of(report.month(), entry.area().id())
                .map(Provenance.EntryOrigin::noteHeadingAt)
                .orElse(SourcePosition.of(report.file()));
    }

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.!]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String normal(String text) {
        String trimmed = TRAILING_PUNCTUATION.matcher(text.strip()).replaceAll("");
        return SPACES.matcher(trimmed).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
