/** The command line: a thin picocli layer, one class per subcommand, over the build pipeline. */
package dk.flis.driftsstatus.cli;
