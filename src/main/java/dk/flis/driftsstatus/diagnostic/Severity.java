package dk.flis.driftsstatus.diagnostic;

/** How bad a diagnostic is: errors stop a build, warnings only inform. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word printed after the position, as compilers do. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
