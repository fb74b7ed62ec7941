/** Starts next month's report from the latest one: what carries over, what to review, and the file it writes. */
package dk.flis.driftsstatus.scaffold;
