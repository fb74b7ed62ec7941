package dk.flis.driftsstatus.edit;

import dk.flis.driftsstatus.diagnostic.Text;

/** A submitted value the form itself refuses (a date it cannot read), shown at its field. */
public record FieldProblem(FieldRef field, Text message, Text hint) {}
