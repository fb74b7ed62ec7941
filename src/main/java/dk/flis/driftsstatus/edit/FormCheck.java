package dk.flis.driftsstatus.edit;

import dk.flis.driftsstatus.check.ContentChecker;
import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.load.ContentLoader;
import dk.flis.driftsstatus.load.LoadedContent;
import dk.flis.driftsstatus.load.ParsedReports;
import dk.flis.driftsstatus.load.UnsavedReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a form without saving it: its canonical text goes through the same load and check as
 * {@code ./driftsstatus check}, read in place of the month's file, and is then read back and
 * compared with the form, so that free text which would change the file's structure (a
 * {@code ## heading} in a note) is refused at its field rather than saved as something else.
 */
public final class FormCheck {
    private final ContentFolder folder;
    private final ParsedReports parsed = new ParsedReports();

    /** A checker for the content in {@code folder}; it keeps its own cache of parsed reports. */
    public FormCheck(ContentFolder folder) {
        this.folder = folder;
    }

    /** The canonical text of a form and what the check says of it, by field. */
    public record Outcome(CanonicalReport canonical, FieldDiagnostics diagnostics) {
        /** Whether it may be saved: no error in this report. */
        public boolean canSave() {
            return diagnostics.canSave();
        }
    }

    /** Checks {@code decoded}, the form of the report file {@code file}. One check at a time. */
    public synchronized Outcome run(FormFields.Decoded decoded, Path file) {
        ReportForm form = decoded.form();
        CanonicalReport canonical = CanonicalReport.write(form);
        String shown = folder.shown(file);
        Diagnostics diagnostics = new Diagnostics();
        LoadedContent loaded =
                ContentLoader.load(folder, diagnostics, parsed, new UnsavedReport(file, canonical.text()));
        ContentChecker.check(loaded, diagnostics);
        FieldDiagnostics placed = FieldDiagnostics.of(diagnostics.sorted(), shown, canonical);
        List<FieldDiagnostics.Placed> extra = new ArrayList<>();
        for (FieldProblem problem : decoded.problems()) {
            extra.add(new FieldDiagnostics.Placed(
                    Diagnostic.error(new SourcePosition(shown, 2, 7), problem.message(), problem.hint()),
                    problem.field().id(),
                    0,
                    0));
        }
        if (placed.canSave() && extra.isEmpty()) {
            readBack(loaded, form, canonical, file, shown).ifPresent(extra::add);
        }
        return new Outcome(canonical, placed.with(extra));
    }

    /** The round-trip guard: the text read back must be exactly the form; else an error at the field that differs. */
    private static Optional<FieldDiagnostics.Placed> readBack(
            LoadedContent loaded, ReportForm form, CanonicalReport canonical, Path file, String shown) {
        Diagnostics ignored = new Diagnostics();
        Optional<ReportReader.Read> read =
                ReportReader.read(loaded, shown, file.getFileName().toString(), canonical.text(), ignored);
        if (read.isPresent() && read.get().form().equals(form)) {
            return Optional.empty();
        }
        return Optional.of(RoundTripGuard.difference(form, read.map(ReportReader.Read::form), canonical, shown));
    }
}
