/** Writes each complete build to its own folder and makes the output link to it in one atomic rename. */
package dk.flis.driftsstatus.publish;
