/**
 * The editors' live preview: serves the last good build from memory with its live-reload script,
 * rebuilds on change, reloads open pages; and, on this computer only, the edit form that writes a
 * month's report (guarded against other web sites and DNS rebinding).
 */
package dk.flis.driftsstatus.serve;
