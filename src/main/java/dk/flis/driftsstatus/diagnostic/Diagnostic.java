package dk.flis.driftsstatus.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in one file, at a 1-based line and column (0 when the whole file is meant), with a
 * hint that tells an editor how to fix it. The stable {@code code} (e.g. {@code unknown-status}) is
 * for tools; message and hint are catalogue texts, worded in the site's language when printed.
 */
public record Diagnostic(Severity severity, String file, int line, int column, String code, Text message, Text hint) {

    /** Orders diagnostics as an editor reads them: by file, then position. */
    public static final Comparator<Diagnostic> READING_ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::code)
            .thenComparing(d -> d.message().toString());

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? Text.NONE : hint;
        line = Math.max(0, line);
        column = Math.max(0, column);
    }

    /** An error at {@code at}: {@code code.message} and {@code code.hint}, both with {@code args}. */
    public static Diagnostic error(SourcePosition at, String code, Object... args) {
        return error(at, Text.of(code + ".message", args), Text.of(code + ".hint", args));
    }

    /** An error at {@code at} with its own message and hint; the code is the message key's first part. */
    public static Diagnostic error(SourcePosition at, Text message, Text hint) {
        return new Diagnostic(Severity.ERROR, at.file(), at.line(), at.column(), codeOf(message), message, hint);
    }

    /** A warning at {@code at}: {@code code.message} and {@code code.hint}, both with {@code args}. */
    public static Diagnostic warning(SourcePosition at, String code, Object... args) {
        return warning(at, Text.of(code + ".message", args), Text.of(code + ".hint", args));
    }

    /** A warning at {@code at} with its own message and hint: printed, but it never stops a build. */
    public static Diagnostic warning(SourcePosition at, Text message, Text hint) {
        return new Diagnostic(Severity.WARNING, at.file(), at.line(), at.column(), codeOf(message), message, hint);
    }

    /** The code of a diagnostic's message key: {@code unknown-status} of {@code unknown-status.message}. */
    public static String codeOf(Text message) {
        int dot = message.key().indexOf('.');
        return dot < 0 ? message.key() : message.key().substring(0, dot);
    }

    /** Whether this diagnostic stops the run. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message in the catalogue's language. */
    public String message(Catalogue words) {
        return words.format(message);
    }

    /** The hint in the catalogue's language, or "" when there is none. */
    public String hint(Catalogue words) {
        return hint.isEmpty() || !words.has(hint.key()) ? "" : words.format(hint);
    }

    /** The GCC-style first line: {@code path:line:col: fejl: message}. */
    public String headline(Catalogue words) {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ")
                .append(severity.word(words))
                .append(": ")
                .append(message(words))
                .toString();
    }
}
