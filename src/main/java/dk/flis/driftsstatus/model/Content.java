package dk.flis.driftsstatus.model;

import java.util.List;
import java.util.Optional;

/** Everything the site is built from, checked: reports oldest first. */
public record Content(SiteConfig site, Registry registry, List<MonthlyReport> reports, List<Page> pages) {
    public Content {
        reports = List.copyOf(reports);
        pages = List.copyOf(pages);
    }

    /** The latest report, if there is one. */
    public Optional<MonthlyReport> latest() {
        return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1));
    }

    /** The report before {@code report}, for "changes since last month". */
    public Optional<MonthlyReport> previous(MonthlyReport report) {
        int i = reports.indexOf(report);
        return i > 0 ? Optional.of(reports.get(i - 1)) : Optional.empty();
    }
}
