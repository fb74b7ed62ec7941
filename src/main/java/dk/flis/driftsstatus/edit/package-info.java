/**
 * Editing a month's report as a form: the form built from a checked report, the canonical file it
 * writes, checks without writing, and the safe save. No HTTP here; {@code serve} offers it.
 */
package dk.flis.driftsstatus.edit;
