package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.Severity;
import dk.flis.driftsstatus.diagnostic.Text;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    Main(Catalogue words) {
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
        // Answered before picocli, whose model of the commands costs more than these answers (#16).
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            out.println(ProgramVersion.line());
            out.flush();
            return ExitCode.OK;
        }
        Optional<Integer> upToDate = UpToDateBuild.answer(out, err, workingDirectory, args);
        if (upToDate.isPresent()) {
            return upToDate.get();
        }
        Catalogue words = Catalogue.forContent(workingDirectory.resolve(contentFolder(args)));
        CommandLine cli = new CommandLine(new Main(words), new CommandFactory(workingDirectory));
        for (Class<?> command : commandsFor(args)) {
            cli.addSubcommand(command);
        }
        // After the subcommands are added, so that they get the words and the handler too.
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

    /** The subcommands, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(
            BuildCommand.class,
            CheckCommand.class,
            NewCommand.class,
            ServeCommand.class,
            MailCommand.class,
            AreasCommand.class,
            InitCommand.class,
            CommandLine.HelpCommand.class);

    private static final List<String> NAMES =
            List.of("build", "check", "new", "serve", "mail", "areas", "init", "help");

    /**
     * Only the command that {@code args} names, when it names one: picocli builds its model of every
     * command it is given, by reflection, at every start. Help, a mistyped or missing command name
     * get them all, so that their messages list and suggest every command as before.
     */
    private static List<Class<?>> commandsFor(String... args) {
        int named = args.length == 0 ? -1 : NAMES.indexOf(args[0]);
        return named < 0 || NAMES.get(named).equals("help") ? COMMANDS : List.of(COMMANDS.get(named));
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
