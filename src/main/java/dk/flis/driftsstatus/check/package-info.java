/** Cross-checks the loaded files against each other (reports against registry and vocabulary) and builds the model. */
package dk.flis.driftsstatus.check;
