package dk.flis.driftsstatus.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One month's report: its date, optional preface (HTML, rendered when first asked for) and an entry for
 * every area active that month, in registry order. {@code file} is the path it came from, for messages.
 */
public record MonthlyReport(
        YearMonth month, LocalDate date, RenderedText preface, List<AreaEntry> entries, String file) {
    public MonthlyReport {
        entries = List.copyOf(entries);
        preface = preface == null ? RenderedText.of("") : preface;
    }

    /** The preface as safe HTML; empty when the report has none. */
    public String prefaceHtml() {
        return preface.text();
    }

    /** What the report says of the area, if the area is in it. */
    public Optional<AreaEntry> entry(String areaId) {
        return entries.stream().filter(e -> e.area().id().equals(areaId)).findFirst();
    }
}
