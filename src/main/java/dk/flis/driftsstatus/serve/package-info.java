/** The editors' live preview: serves the last good build from memory, rebuilds on change, reloads open pages. */
package dk.flis.driftsstatus.serve;
