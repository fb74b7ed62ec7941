/**
 * Problems found in editors' files, each with a position and a hint ("did you mean …" from
 * {@link dk.flis.driftsstatus.diagnostic.Suggestions}), collected and printed together.
 */
package dk.flis.driftsstatus.diagnostic;
