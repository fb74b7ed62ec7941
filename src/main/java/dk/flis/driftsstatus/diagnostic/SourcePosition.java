package dk.flis.driftsstatus.diagnostic;

/** A place in an editor's file: the path as the user sees it, 1-based line and column (0 = unknown). */
public record SourcePosition(String file, int line, int column) {

    /** The whole file, when no finer position is known. */
    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }
}
