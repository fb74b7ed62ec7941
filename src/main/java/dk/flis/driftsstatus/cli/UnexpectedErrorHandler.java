package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.diagnostic.IoProblems;
import picocli.CommandLine;

/**
 * A bug or an I/O failure, not an editor's mistake: one line, exit 1, and the stack trace only with
 * {@code --verbose}.
 */
final class UnexpectedErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                || parsed.hasMatchedOption("--verbose");
        cli.getErr().println("driftsstatus: error: " + IoProblems.describe(e));
        if (verbose) {
            e.printStackTrace(cli.getErr());
        } else {
            cli.getErr().println("  hint: run again with --verbose for details");
        }
        cli.getErr().flush();
        return ExitCode.COULD_NOT_RUN;
    }
}
