package dk.flis.driftsstatus.edit;

import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.diagnostic.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Says why a form would not read back as itself, at the field that differs. Free text can change
 * the structure of the file it lands in: a line {@code ## Aula} starts a new section, a line
 * {@code ---} under text makes that text a heading.
 */
final class RoundTripGuard {
    private RoundTripGuard() {}

    /**
     * The error for {@code form}, which read back as {@code back} (empty: not at all). The field is
     * the first text whose structure is known to change, else the first field that differs.
     */
    static FieldDiagnostics.Placed difference(
            ReportForm form, Optional<ReportForm> back, CanonicalReport canonical, String shown) {
        Map<FieldRef, String> texts = new LinkedHashMap<>();
        texts.put(FieldRef.PREFACE, form.preface());
        form.areas()
                .forEach(
                        a -> texts.put(new FieldRef(FieldRef.Kind.NOTE, a.area().id()), a.note()));
        FieldRef field = texts.entrySet().stream()
                .filter(e -> known(e.getValue()) != null)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseGet(() -> firstDifference(form, back));
        int line =
                canonical.spanOf(field).map(CanonicalReport.FieldSpan::textLine).orElse(0);
        Text[] message = known(texts.getOrDefault(field, ""));
        if (message == null) {
            message = new Text[] {Text.of("edit-not-read-back.message"), Text.of("edit-not-read-back.hint")};
        }
        return new FieldDiagnostics.Placed(
                Diagnostic.error(new SourcePosition(shown, line, 1), message[0], message[1]), field.id(), 0, 0);
    }

    private static FieldRef firstDifference(ReportForm form, Optional<ReportForm> back) {
        if (back.isEmpty() || !back.get().preface().equals(form.preface())) {
            return FieldRef.PREFACE;
        }
        for (AreaFields area : form.areas()) {
            if (!back.get().area(area.area().id()).equals(Optional.of(area))) {
                return new FieldRef(FieldRef.Kind.NOTE, area.area().id());
            }
        }
        return FieldRef.DATE;
    }

    /** The message and hint for a text that cannot read back as written; null when none is known. */
    static Text[] known(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.matches("\\s{0,3}##(\\s.*)?")) {
                return new Text[] {
                    Text.of("edit-note-heading.message", i + 1, line.strip()), Text.of("edit-note-heading.hint")
                };
            }
            if (i > 0
                    && line.matches("\\s{0,3}(-+|=+)\\s*")
                    && !lines.get(i - 1).isBlank()) {
                return new Text[] {
                    Text.of("edit-note-underline.message", i + 1, line.strip()),
                    Text.of("edit-note-underline.hint", i + 1, line.strip())
                };
            }
        }
        return null;
    }
}
