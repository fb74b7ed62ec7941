/**
 * New content: next month's report started from the latest one (what carries over, what to review,
 * the file it writes) and the starter project of {@code init}.
 */
package dk.flis.driftsstatus.scaffold;
