package dk.flis.driftsstatus.edit;

import dk.flis.driftsstatus.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * A check's diagnostics placed where the form shows them: at a field of this report (with the
 * position inside a note or the preface), at the form as a whole, or in other files, which do not
 * stop this month being saved. Placed by position in the canonical text, never by message text.
 */
public record FieldDiagnostics(List<Placed> thisReport, List<Diagnostic> otherFiles) {
    public FieldDiagnostics {
        thisReport = List.copyOf(thisReport);
        otherFiles = List.copyOf(otherFiles);
    }

    /**
     * One diagnostic of this report: {@code field} is the control's HTML id ("" for the form as a
     * whole); {@code fieldLine} and {@code fieldColumn} the position inside a text field (0 when none).
     */
    public record Placed(Diagnostic diagnostic, String field, int fieldLine, int fieldColumn) {}

    /** Nothing to say. */
    public static final FieldDiagnostics NONE = new FieldDiagnostics(List.of(), List.of());

    /** Splits {@code diagnostics} for the report shown as {@code shownFile}, written as {@code canonical}. */
    public static FieldDiagnostics of(List<Diagnostic> diagnostics, String shownFile, CanonicalReport canonical) {
        List<Placed> here = new ArrayList<>();
        List<Diagnostic> others = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (!d.file().equals(shownFile)) {
                others.add(d);
                continue;
            }
            here.add(canonical
                    .fieldAt(d.line(), d.column())
                    .filter(span -> d.line() > 0)
                    .map(span -> {
                        boolean text = span.field().kind() == FieldRef.Kind.NOTE
                                || span.field().kind() == FieldRef.Kind.PREFACE;
                        int line = text ? Math.max(1, d.line() - span.textLine() + 1) : 0;
                        return new Placed(d, span.field().id(), line, text ? d.column() : 0);
                    })
                    .orElse(new Placed(d, "", 0, 0)));
        }
        return new FieldDiagnostics(here, others);
    }

    /** These diagnostics with {@code more} of this report. */
    public FieldDiagnostics with(List<Placed> more) {
        List<Placed> all = new ArrayList<>(more);
        all.addAll(thisReport);
        return new FieldDiagnostics(all, otherFiles);
    }

    /** Whether this report has an error: then it is not saved. Other files' errors never block. */
    public boolean canSave() {
        return thisReport.stream().noneMatch(p -> p.diagnostic().isError());
    }

    /** The errors and warnings of this report at the field with HTML id {@code id}. */
    public List<Placed> at(String id) {
        return thisReport.stream().filter(p -> p.field().equals(id)).toList();
    }

    /** How many errors this report has. */
    public long errors() {
        return thisReport.stream().filter(p -> p.diagnostic().isError()).count();
    }

    /** How many warnings this report has. */
    public long warnings() {
        return thisReport.size() - errors();
    }
}
