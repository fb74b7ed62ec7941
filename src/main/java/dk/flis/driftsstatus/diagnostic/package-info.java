/** Problems found in editors' files, each with a position and a hint, collected and printed together. */
package dk.flis.driftsstatus.diagnostic;
