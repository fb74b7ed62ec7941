/**
 * Writes each complete build to its own folder and makes the output link to it in one atomic
 * rename; publishes only into an output that is new, empty or its own (marker files), one build at a
 * time (an OS lock).
 */
package dk.flis.driftsstatus.publish;
