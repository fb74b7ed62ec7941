/**
 * Renders the loaded Markdown, cross-checks the loaded files against each other (reports against
 * registry and vocabulary), warns of likely mistakes and builds the model.
 */
package dk.flis.driftsstatus.check;
