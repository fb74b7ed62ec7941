package dk.flis.driftsstatus.diagnostic;

/** How bad a diagnostic is: errors stop a build, warnings only inform. */
public enum Severity {
    ERROR,
    WARNING;

    /** The English lower-case name that tools read in JSON: "error" or "warning". */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The word printed after the position for people, as compilers do: "fejl", "advarsel". */
    public String word(Catalogue words) {
        return words.format("severity." + id());
    }
}
