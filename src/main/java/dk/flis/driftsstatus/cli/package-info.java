/**
 * The command line: a thin picocli layer, one class per subcommand, that parses options, asks the
 * pipeline and prints what it says; exit codes as {@link dk.flis.driftsstatus.cli.ExitCode} names them.
 */
package dk.flis.driftsstatus.cli;
