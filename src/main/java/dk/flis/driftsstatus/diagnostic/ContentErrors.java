package dk.flis.driftsstatus.diagnostic;

import java.util.List;

/** Thrown to stop the pipeline once errors are known; carries them all, for the CLI to print. */
public final class ContentErrors extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public ContentErrors(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().filter(Diagnostic::isError).count() + " error(s) in the content");
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
