package dk.flis.driftsstatus.diagnostic;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a run so that editors see them all at once, not one per try. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    /** Adds one problem. */
    public synchronized void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    /** Adds problems found elsewhere, e.g. by an earlier step of the run. */
    public synchronized void addAll(java.util.Collection<Diagnostic> diagnostics) {
        all.addAll(diagnostics);
    }

    /** Adds an error with the catalogue's {@code code.message} and {@code code.hint}. */
    public void error(SourcePosition at, String code, Object... args) {
        add(Diagnostic.error(at, code, args));
    }

    /** Adds an error with its own message and hint texts. */
    public void error(SourcePosition at, Text message, Text hint) {
        add(Diagnostic.error(at, message, hint));
    }

    /** Adds a warning with the catalogue's {@code code.message} and {@code code.hint}. */
    public void warning(SourcePosition at, String code, Object... args) {
        add(Diagnostic.warning(at, code, args));
    }

    /** Adds a warning with its own message and hint texts. */
    public void warning(SourcePosition at, Text message, Text hint) {
        add(Diagnostic.warning(at, message, hint));
    }

    /** Whether any error was added. */
    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    /** Everything collected, in reading order, without duplicates. */
    public synchronized List<Diagnostic> sorted() {
        return all.stream().distinct().sorted(Diagnostic.READING_ORDER).toList();
    }

    /** How many different errors were added. */
    public synchronized long errorCount() {
        return all.stream().distinct().filter(Diagnostic::isError).count();
    }
}
