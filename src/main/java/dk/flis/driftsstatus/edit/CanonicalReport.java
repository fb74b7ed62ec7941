package dk.flis.driftsstatus.edit;

import dk.flis.driftsstatus.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one way a report file is written, by {@code new} and by the form: the front matter with
 * {@code date} and one flow line per area that differs from the defaults, in registry order, then
 * the preface, then each note under {@code ## <area name>}. UTF-8, LF, one final newline. While
 * writing it records which lines and columns belong to which field, so that a diagnostic at a
 * position in the file can be shown at the control it came from.
 */
public record CanonicalReport(String text, List<FieldSpan> spans) {
    public CanonicalReport {
        spans = List.copyOf(spans);
    }

    /**
     * Lines {@code firstLine..lastLine} (1-based, in the file) belong to {@code field}; on a single
     * line, only columns {@code firstColumn..lastColumn}. {@code textLine} is the file's line of
     * the field's first line of text (a note's first line after its heading), for positions in the
     * text area.
     */
    public record FieldSpan(
            FieldRef field, int firstLine, int lastLine, int firstColumn, int lastColumn, int textLine) {
        boolean contains(int line, int column) {
            return line >= firstLine
                    && line <= lastLine
                    && (column == 0 || column >= firstColumn && column <= lastColumn);
        }
    }

    /** The canonical text of {@code form}, with its field spans. */
    public static CanonicalReport write(ReportForm form) {
        Writer out = new Writer();
        out.line("---");
        out.span(FieldRef.DATE, 1, Integer.MAX_VALUE);
        out.line("date: " + form.date());
        List<AreaFields> overridden = form.areas().stream()
                .filter(a -> statusWritten(a) || !(a.dataThrough() instanceof DataThrough.ByRule))
                .toList();
        if (!overridden.isEmpty()) {
            out.line("areas:");
            overridden.forEach(out::override);
        }
        out.line("---");
        if (!form.preface().isEmpty()) {
            out.line("");
            out.block(FieldRef.PREFACE, null, form.preface());
        }
        for (AreaFields area : form.areas()) {
            if (area.hasNote()) {
                out.line("");
                out.block(
                        new FieldRef(FieldRef.Kind.NOTE, area.area().id()),
                        area.area().name(),
                        area.note());
            }
        }
        return new CanonicalReport(out.text.toString(), out.spans);
    }

    /** Whether the status must be written: not when it is the default for the note (ok without, notice with). */
    static boolean statusWritten(AreaFields area) {
        String implied = area.hasNote() ? Status.NOTICE : Status.OK;
        return !area.status().equals(implied);
    }

    /** The value of {@code data-through:} for a choice; null for the rule, which is not written. */
    static String written(DataThrough choice) {
        if (choice instanceof DataThrough.Month m) {
            return m.month().toString();
        }
        return choice instanceof DataThrough.NoData ? "null" : null;
    }

    /** The field at a 1-based line and column of the text (column 0: the line as a whole). */
    public Optional<FieldSpan> fieldAt(int line, int column) {
        return spans.stream().filter(s -> s.contains(line, column)).findFirst();
    }

    /** The span of {@code field}, if the text holds it. */
    public Optional<FieldSpan> spanOf(FieldRef field) {
        return spans.stream().filter(s -> s.field().equals(field)).findFirst();
    }

    private static final class Writer {
        private final StringBuilder text = new StringBuilder();
        private final List<FieldSpan> spans = new ArrayList<>();
        private int lines;

        void line(String line) {
            text.append(line).append('\n');
            lines++;
        }

        /** A span for the next line, columns first..last. */
        void span(FieldRef field, int first, int last) {
            spans.add(new FieldSpan(field, lines + 1, lines + 1, first, last, lines + 1));
        }

        void override(AreaFields area) {
            String id = area.area().id();
            StringBuilder line = new StringBuilder("  " + id + ": { ");
            List<String> settings = new ArrayList<>();
            int statusStart = 0;
            if (statusWritten(area)) {
                statusStart = line.length() + 1;
                settings.add("status: " + area.status());
            }
            String dataThrough = written(area.dataThrough());
            if (dataThrough != null) {
                settings.add("data-through: " + dataThrough);
            }
            String joined = String.join(", ", settings);
            int dataStart = dataThrough == null ? 0 : line.length() + joined.lastIndexOf("data-through") + 1;
            line.append(joined).append(" }");
            FieldRef status = new FieldRef(FieldRef.Kind.STATUS, id);
            if (dataStart > 0) {
                span(new FieldRef(FieldRef.Kind.DATA_THROUGH, id), dataStart, Integer.MAX_VALUE);
                if (statusStart > 0) {
                    span(status, statusStart, dataStart - 1);
                }
            }
            span(status, 1, Integer.MAX_VALUE); // the rest of the line: the key, braces
            line(line.toString());
        }

        /** A preface or a note: the heading (if any), a blank line, the text; all one field. */
        void block(FieldRef field, String heading, String body) {
            int first = lines + 1;
            if (heading != null) {
                line("## " + heading);
                line("");
            }
            int textLine = lines + 1;
            body.lines().forEach(this::line);
            spans.add(new FieldSpan(field, first, lines, 1, Integer.MAX_VALUE, textLine));
        }
    }
}
