/**
 * The one recipe every command runs: load → check → render → publish, in {@link
 * dk.flis.driftsstatus.pipeline.Pipeline}, each step returning an immutable {@link
 * dk.flis.driftsstatus.pipeline.RunResult}.
 */
package dk.flis.driftsstatus.pipeline;
