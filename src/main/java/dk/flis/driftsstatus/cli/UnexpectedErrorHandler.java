package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.IoProblems;
import dk.flis.driftsstatus.diagnostic.Text;
import picocli.CommandLine;

/**
 * A bug or an I/O failure, not an editor's mistake: one line, exit 1, and the stack trace only with
 * {@code --verbose}.
 */
final class UnexpectedErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private final Catalogue words;

    UnexpectedErrorHandler(Catalogue words) {
        this.words = words;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                || parsed.hasMatchedOption("--verbose");
        Main.printProblem(cli.getErr(), words, Text.of("cli.unexpected", IoProblems.describe(e)));
        if (verbose) {
            e.printStackTrace(cli.getErr());
        } else {
            Main.printHint(cli.getErr(), words, Text.of("cli.unexpected.hint"));
        }
        cli.getErr().flush();
        return ExitCode.COULD_NOT_RUN;
    }
}
