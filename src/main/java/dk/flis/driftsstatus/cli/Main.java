package dk.flis.driftsstatus.cli;

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
        CommandFactory factory = new CommandFactory(workingDirectory);
        CommandLine cli = new CommandLine(new Main(), factory);
        for (Class<?> command : commandsFor(args)) {
            cli.addSubcommand(command);
        }
        cli.setDefaultValueProvider(
                new ProjectDefaults(workingDirectory.toAbsolutePath().normalize()));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new UnexpectedErrorHandler());
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // No input may end in a stack trace: say what happened and what to do, in one line and a hint.
            err.println("driftsstatus: error: "
                    + (e instanceof OutOfMemoryError
                            ? "the content is too large for the memory Java was given"
                            : "the content is nested too deeply to read"));
            err.println("  hint: look for a file far larger or deeper than a normal month's report; "
                    + "DRIFTSSTATUS_JAVA_OPTS=-Xmx2g gives Java more memory");
            code = ExitCode.CONTENT_ERRORS;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The subcommands, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(
            BuildCommand.class,
            CheckCommand.class,
            NewCommand.class,
            ServeCommand.class,
            MailCommand.class,
            InitCommand.class,
            CommandLine.HelpCommand.class);

    private static final List<String> NAMES = List.of("build", "check", "new", "serve", "mail", "init", "help");

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
                spec.commandLine(), "name a command: build, check, new, serve, mail or init");
    }
}
