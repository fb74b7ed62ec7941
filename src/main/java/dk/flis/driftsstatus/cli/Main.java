package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.Severity;
import dk.flis.driftsstatus.diagnostic.Text;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code driftsstatus} command; exit codes as {@link ExitCode} names them: 0 ok, 1 content errors
 * or could not run, 2 usage.
 */
@Command(
        name = "driftsstatus",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Builds FLIS' monthly data-status report (HTML site and PDF) from Markdown and JSON.",
        subcommands = {
            BuildCommand.class,
            CheckCommand.class,
            NewCommand.class,
            ServeCommand.class,
            MailCommand.class,
            AreasCommand.class,
            InitCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:errors in the content, templates or output, or the command could not finish",
            "2:wrong command-line usage"
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Catalogue words;

    private Main(Catalogue words) {
        this.words = words;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                Path.of(""),
                args));
    }

    /** Runs the command with the given streams and working directory; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, Path workingDirectory, String... args) {
        Catalogue words = Catalogue.forContent(workingDirectory.resolve(contentFolder(args)));
        CommandLine cli = new CommandLine(new Main(words), new CommandFactory(workingDirectory));
        cli.setResourceBundle(words.bundle());
        cli.setParameterExceptionHandler(new UsageErrorHandler(words));
        cli.setDefaultValueProvider(
                new ProjectDefaults(workingDirectory.toAbsolutePath().normalize()));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new UnexpectedErrorHandler(words));
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // No input may end in a stack trace: say what happened and what to do, in one line and a hint.
            printProblem(err, words, Text.of(e instanceof OutOfMemoryError ? "cli.out-of-memory" : "cli.too-deep"));
            printHint(err, words, Text.of("cli.out-of-memory.hint"));
            code = ExitCode.CONTENT_ERRORS;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The {@code --content} folder named in {@code args}, or "content": its site.json gives the language. */
    static String contentFolder(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--content") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--content=")) {
                return args[i].substring("--content=".length());
            }
        }
        return "content";
    }

    /** A problem that belongs to no file, as the printer writes one: {@code driftsstatus: fejl: …}. */
    static void printProblem(PrintWriter err, Catalogue words, Text message) {
        err.println(words.format("printer.program-name") + ": " + Severity.ERROR.word(words) + ": "
                + words.format(message));
    }

    /** The hint line under a problem: {@code   tip: …}. */
    static void printHint(PrintWriter err, Catalogue words, Text hint) {
        err.println("  " + words.format("severity.hint") + ": " + words.format(hint));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                words.format(
                        "cli.usage.name-a-command",
                        Text.orList(List.of("build", "check", "new", "serve", "mail", "areas", "init"))));
    }
}
