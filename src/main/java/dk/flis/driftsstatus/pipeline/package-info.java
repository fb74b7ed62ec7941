/** The one recipe every command runs: load → check → render → publish. */
package dk.flis.driftsstatus.pipeline;
