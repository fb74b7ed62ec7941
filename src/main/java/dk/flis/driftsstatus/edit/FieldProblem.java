package dk.flis.driftsstatus.edit;

/** A submitted value the form itself refuses (a date it cannot read), shown at its field. */
public record FieldProblem(FieldRef field, String message, String hint) {}
