package dk.flis.driftsstatus.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in one file, at a 1-based line and column (0 when the whole file is meant), with a
 * hint that tells an editor how to fix it.
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message, String hint) {

    /** Orders diagnostics as an editor reads them: by file, then position. */
    public static final Comparator<Diagnostic> READING_ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
        line = Math.max(0, line);
        column = Math.max(0, column);
    }

    /** An error at {@code at}: it stops a build. */
    public static Diagnostic error(SourcePosition at, String message, String hint) {
        return new Diagnostic(Severity.ERROR, at.file(), at.line(), at.column(), message, hint);
    }

    /** A warning at {@code at}: printed, but it never stops a build. */
    public static Diagnostic warning(SourcePosition at, String message, String hint) {
        return new Diagnostic(Severity.WARNING, at.file(), at.line(), at.column(), message, hint);
    }

    /** Whether this diagnostic stops the run. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The GCC-style first line: {@code path:line:col: error: message}. */
    public String headline() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ")
                .append(severity.word())
                .append(": ")
                .append(message)
                .toString();
    }
}
