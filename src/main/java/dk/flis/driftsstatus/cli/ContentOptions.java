package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.diagnostic.DiagnosticPrinter;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.pipeline.BuildOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every command shares: where content, templates and output are, and --verbose. */
abstract class ContentOptions {
    /** The clock that says what today is (and dates a sent mail); tests replace it, nothing else does. */
    static Clock clock = Clock.systemUTC();

    Path workingDirectory = Path.of("").toAbsolutePath();

    @Option(
            names = "--content",
            descriptionKey = "help.content",
            paramLabel = "DIR",
            description = "content folder (default: ${DEFAULT-VALUE})",
            defaultValue = "content")
    Path content;

    @Option(
            names = "--templates",
            descriptionKey = "help.templates",
            paramLabel = "DIR",
            description = "templates folder (default: ${DEFAULT-VALUE})",
            defaultValue = "templates")
    Path templates;

    @Option(
            names = "--verbose",
            descriptionKey = "help.verbose",
            description = "show stack traces of unexpected errors")
    boolean verbose;

    BuildOptions buildOptions(Path output, boolean pdf) {
        return new BuildOptions(
                workingDirectory.resolve(content),
                workingDirectory.resolve(templates),
                workingDirectory.resolve(output),
                workingDirectory,
                pdf);
    }

    /** Today in Denmark, where the reports are made. */
    static LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Copenhagen"));
    }

    /**
     * Warnings about time that need today's date, which the content check does not know: the latest
     * report dated in a month after this one (e.g. "new" run twice). A report made a few days before
     * its date is normal, so only a later month is warned about.
     */
    static List<Diagnostic> withTimeWarnings(List<Diagnostic> diagnostics, Content content) {
        if (content == null || content.latest().isEmpty()) {
            return diagnostics;
        }
        MonthlyReport latest = content.latest().get();
        LocalDate today = today();
        if (!latest.month().isAfter(YearMonth.from(today))) {
            return diagnostics;
        }
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.add(Diagnostic.warning(
                SourcePosition.of(latest.file()),
                "report-date-in-future",
                latest.date().toString(),
                ChronoUnit.DAYS.between(today, latest.date())));
        return all.stream().sorted(Diagnostic.READING_ORDER).toList();
    }

    /** The catalogue in the content's language (site.json's "language", Danish when unknown). */
    Catalogue words() {
        return Catalogue.forContent(workingDirectory.resolve(content));
    }

    void printText(List<Diagnostic> diagnostics, PrintWriter err) {
        new DiagnosticPrinter(workingDirectory, words()).printText(diagnostics, err);
    }
}
