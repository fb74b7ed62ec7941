/**
 * The editors' live preview: serves the last good build from memory with its live-reload script,
 * rebuilds on change, reloads open pages.
 */
package dk.flis.driftsstatus.serve;
