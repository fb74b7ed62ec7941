package dk.flis.driftsstatus.check;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.MonthInWords;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.load.ReportSource;
import dk.flis.driftsstatus.markdown.PlainText;
import dk.flis.driftsstatus.model.AreaEntry;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.SiteConfig;
import dk.flis.driftsstatus.model.Status;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.WeakHashMap;
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
                warnStatusAgainstData(report, entry);
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
        } else if (entry.monthsBehind() > 0 && !writtenOk(report, entry)) { // else ok-but-behind says it
            SourcePosition at = override.map(o -> o.dataThroughAt()).orElse(SourcePosition.of(report.file()));
            diagnostics.warning(
                    at,
                    "behind-without-note",
                    entry.area().name(),
                    entry.monthsBehind(),
                    entry.expectedDataThrough().toString());
        }
    }

    /**
     * A status written against the data: "delayed" with data on time, or "ok" with data behind its
     * rule. The page would show the one next to the other.
     */
    private void warnStatusAgainstData(MonthlyReport report, AreaEntry entry) {
        Optional<ReportSource.Override> written = writtenStatus(report, entry);
        if (written.isEmpty()) {
            return;
        }
        SourcePosition at = written.get().statusAt();
        String key = entry.status().key();
        YearMonth rule = entry.expectedDataThrough();
        if (key.equals(Status.DELAYED) && entry.dataThrough() != null && entry.monthsBehind() == 0) {
            diagnostics.warning(
                    at,
                    "delayed-but-on-time",
                    entry.area().name(),
                    entry.status().label(),
                    new MonthInWords(rule),
                    rule.minusMonths(1).toString());
        } else if (key.equals(Status.OK) && entry.monthsBehind() > 0) {
            diagnostics.warning(
                    at,
                    "ok-but-behind",
                    entry.area().name(),
                    entry.status().label(),
                    entry.dataThrough().toString(),
                    entry.monthsBehind(),
                    rule.toString());
        }
    }

    private boolean writtenOk(MonthlyReport report, AreaEntry entry) {
        return writtenStatus(report, entry).isPresent() && entry.status().key().equals(Status.OK);
    }

    /** The area's front-matter settings when they name a status, else empty. */
    private Optional<ReportSource.Override> writtenStatus(MonthlyReport report, AreaEntry entry) {
        return provenance
                .of(report.month(), entry.area().id())
                .map(Provenance.EntryOrigin::override)
                .filter(o -> o != null && o.status() != null);
    }

    private void warnAsPlannedOnProblem(MonthlyReport report, AreaEntry entry) {
        if (!entry.hasNote() || !entry.status().isProblem()) {
            return;
        }
        // Only a note that says nothing else: "Kører efter planen på nær for …" is a fair way to
        // describe a partial status, as the real October report does.
        String asPlanned = asPlannedText;
        // Most notes cannot say only that by their letters alone, which needs no rendering of them.
        OptionalInt letters = PlainText.lettersWhenRendered(entry.note().markdown());
        if (letters.isPresent() && letters.getAsInt() != PlainText.letters(normal(asPlanned))) {
            return;
        }
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

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.!]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A note's text normalised, kept while the text is in use: serve checks every month at each save. */
    private static final Map<String, String> NORMALISED = Collections.synchronizedMap(new WeakHashMap<>());

    private static String normal(String text) {
        String made = NORMALISED.get(text);
        if (made == null) {
            made = normalise(text);
            // A text already normal comes back as the same object, and a value that holds its own key
            // would keep the entry for ever.
            NORMALISED.put(text, made == text ? new String(text) : made);
        }
        return made;
    }

    private static String normalise(String text) {
        String trimmed = TRAILING_PUNCTUATION.matcher(text.strip()).replaceAll("");
        return SPACES.matcher(trimmed).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
