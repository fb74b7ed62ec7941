package dk.flis.driftsstatus.view;

import dk.flis.driftsstatus.history.AreaHistory;
import dk.flis.driftsstatus.model.Area;
import dk.flis.driftsstatus.model.AreaEntry;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.SiteConfig;
import java.time.YearMonth;

/**
 * The Danish words readers meet on the pages, in the PDF, the email and the feed for how old a
 * problem is, how late its data is, what an area's rule promises, and the month at a glance. They
 * are written once, here, so that every output says the same thing the same way.
 */
public final class ReaderTexts {
    private final SiteConfig site;

    /** Texts with the month labels of {@code site}. */
    public ReaderTexts(SiteConfig site) {
        this.site = site;
    }

    /** The slide title: "Oversigt pr. 10/10". */
    public static String slideTitle(MonthlyReport report) {
        return "Oversigt pr. " + DanishFormats.dayMonth(report.date());
    }

    /**
     * A month named in full, for feed entries and the link to the latest report: "Oversigt pr. 10/10
     * (oktober 2025)".
     */
    static String slideTitleWithMonth(MonthlyReport report) {
        return slideTitle(report) + " (" + DanishFormats.monthYear(report.month()) + ")";
    }

    /**
     * The age of the problem open in {@code month}: "siden juli 2025"; "" when there is none, and
     * "" too in the area's first report when the problem may be older than the reports (saying
     * "since this month" would be wrong, and a qualifier on every row is noise: the overview says it
     * once, see {@link #firstReportNote()}); later, such a run reads "siden første rapport (oktober 2025)".
     */
    public static String openSince(AreaHistory area, YearMonth month) {
        return area.openSince(month)
                .map(start -> {
                    if (!area.openBeforeFirstReport(month)) {
                        return "siden " + DanishFormats.monthYear(start);
                    }
                    return start.equals(month) ? "" : "siden første rapport (" + DanishFormats.monthYear(start) + ")";
                })
                .orElse("");
    }

    /** Whether {@link #openSince} hides the age of a problem because the reports begin with it. */
    static boolean ageUnknown(AreaHistory area, YearMonth month) {
        return area.openBeforeFirstReport(month)
                && area.openSince(month).filter(month::equals).isPresent();
    }

    /** Said once, in the overview of a first report whose problems' ages are not shown. */
    static String firstReportNote() {
        return "Dette er den første rapport, så den viser ikke, hvor længe problemerne har stået på.";
    }

    /**
     * "1 måned forsinket – normalt Juni", under the month in a "Data t.o.m." column (whose heading
     * says what "Juni" is), or "" when the data is on time or missing.
     */
    public String behindInColumn(AreaEntry entry) {
        int behind = entry.monthsBehind();
        if (behind == 0) {
            return "";
        }
        return DanishFormats.months(behind) + " forsinket – normalt " + site.monthLabel(entry.expectedDataThrough());
    }

    /**
     * The data's state in one line, for the overview: "Data t.o.m. Maj – 1 måned forsinket (normalt
     * Juni)", "Ingen data", or "" when the data is where the rule puts it.
     */
    String dataLine(AreaEntry entry) {
        if (entry.dataThrough() == null) {
            return "Ingen data";
        }
        if (entry.monthsBehind() == 0) {
            return "";
        }
        return "Data t.o.m. " + site.monthLabel(entry.dataThrough()) + " – "
                + DanishFormats.months(entry.monthsBehind()) + " forsinket (normalt "
                + site.monthLabel(entry.expectedDataThrough()) + ")";
    }

    /**
     * How late the data is, in a list of changes after "data" or "data nu kun": "1 måned forsinket
     * (normalt t.o.m. Juni)".
     */
    String behindInChange(AreaEntry entry) {
        return DanishFormats.months(entry.monthsBehind()) + " forsinket (normalt t.o.m. "
                + site.monthLabel(entry.expectedDataThrough()) + ")";
    }

    /**
     * What the area's rule promises, shown with a real month rather than a formula: "Juni i rapporten
     * for oktober 2025 (data kommer med 3 måneders forsinkelse)", the report being {@code month}. The
     * month is written out ("August", not the table's "Aug"): it opens a sentence.
     */
    public String rule(Area area, YearMonth month) {
        int delay = area.delayMonths();
        String lag = delay == 0
                ? "uden forsinkelse"
                : delay == 1 ? "med én måneds forsinkelse" : "med " + delay + " måneders forsinkelse";
        String through = DanishFormats.monthName(area.expectedDataThrough(month));
        return Character.toUpperCase(through.charAt(0)) + through.substring(1) + " i rapporten for "
                + DanishFormats.monthYear(month) + " (data kommer " + lag + ")";
    }

    /**
     * The month in one sentence: "8 af 17 dataområder kører efter planen, og 1 er ikke relevant.";
     * "Alle 17 dataområder kører efter planen." when nothing needs attention.
     */
    static String summary(int asPlanned, int notApplicable, int total) {
        String areas = total == 1 ? "dataområde" : "dataområder";
        String sentence = asPlanned == total
                ? (total == 1
                        ? "Dataområdet kører efter planen"
                        : "Alle " + total + " " + areas + " kører efter planen")
                : asPlanned + " af " + total + " " + areas + " kører efter planen";
        if (notApplicable > 0) {
            sentence += ", og " + notApplicable + (notApplicable == 1 ? " er ikke relevant" : " er ikke relevante");
        }
        return sentence + ".";
    }

    /** "8 dataområder kræver opmærksomhed", over the overview's list. */
    static String attentionHeading(int count) {
        return count + (count == 1 ? " dataområde kræver" : " dataområder kræver") + " opmærksomhed";
    }

    /** "Dette er en ældre rapport." over a month that is not the latest; the link names the latest. */
    static String olderReport() {
        return "Dette er en ældre rapport.";
    }

    /** "Se den nyeste: Oversigt pr. 10/11 (november 2025)", the link to the latest report. */
    static String latestReportLink(MonthlyReport latest) {
        return "Se den nyeste: " + slideTitleWithMonth(latest);
    }
}
