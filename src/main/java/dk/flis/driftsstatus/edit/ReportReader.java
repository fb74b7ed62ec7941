package dk.flis.driftsstatus.edit;

import dk.flis.driftsstatus.check.ContentChecker;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.load.LoadedContent;
import dk.flis.driftsstatus.load.ReportLoader;
import dk.flis.driftsstatus.load.ReportSource;
import dk.flis.driftsstatus.model.MonthlyReport;
import java.util.List;
import java.util.Optional;

/**
 * Reads one report's text on its own against the site's settings and registry, exactly as the check
 * reads it among the others: so a mistake in another month does not stop this one being edited.
 */
public final class ReportReader {
    private ReportReader() {}

    /** The checked report, the Markdown of its preface and its form. */
    public record Read(MonthlyReport report, String prefaceMarkdown, ReportForm form) {}

    /**
     * The report in {@code text}, shown as {@code shown} and named {@code fileName}, read with the
     * settings and registry of {@code content}; empty when it has errors (in {@code diagnostics}).
     */
    public static Optional<Read> read(
            LoadedContent content, String shown, String fileName, String text, Diagnostics diagnostics) {
        if (content.site().isEmpty() || content.registry().isEmpty()) {
            return Optional.empty();
        }
        Optional<ReportSource> source = ReportLoader.load(shown, fileName, text, diagnostics);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        LoadedContent alone = new LoadedContent(
                content.folder(), content.site(), content.registry(), List.of(source.get()), List.of());
        Diagnostics own = new Diagnostics();
        Optional<MonthlyReport> report = ContentChecker.check(alone, own)
                .flatMap(c -> c.reports().stream().findFirst());
        // The palette is site.json's business; only what concerns this file is said here.
        own.sorted().stream().filter(d -> d.file().equals(shown)).forEach(diagnostics::add);
        if (report.isEmpty()) {
            return Optional.empty();
        }
        String preface = source.get().body().sections().prefaceMarkdown();
        return Optional.of(new Read(report.get(), preface, ReportForms.from(report.get(), preface)));
    }
}
