package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.Text;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command line picocli could not read, said in the site's language in one line and a hint, instead
 * of picocli's English message followed by the whole usage help.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    private final Catalogue words;

    UsageErrorHandler(Catalogue words) {
        this.words = words;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        Main.printProblem(err, words, problem(e));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            Main.printHint(
                    err,
                    words,
                    Text.of("cli.usage.did-you-mean", unmatched.getSuggestions().get(0)));
        }
        String command = commandName(cli);
        Main.printHint(
                err,
                words,
                command.isEmpty() ? Text.of("cli.usage.see-help.main") : Text.of("cli.usage.see-help", command));
        err.flush();
        return ExitCode.USAGE;
    }

    /** What was wrong; picocli's own English only when no catalogue text fits. */
    private Text problem(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            String typed = unmatched.getUnmatched().get(0);
            return typed.startsWith("-")
                    ? Text.of("cli.usage.unknown-option", typed)
                    : Text.of("cli.usage.unmatched-argument", typed);
        }
        if (e instanceof CommandLine.MissingParameterException missing
                && !missing.getMissing().isEmpty()
                && missing.getMissing().get(0) instanceof OptionSpec option) {
            return Text.of("cli.usage.missing-value", option.longestName(), kindOf(option), option.paramLabel());
        }
        ArgSpec arg = e.getArgSpec();
        if (e.getCause() instanceof CommandLine.TypeConversionException && arg instanceof OptionSpec option) {
            return Text.of(
                    "cli.usage.invalid-value", option.longestName(), String.valueOf(e.getValue()), kindOf(option));
        }
        // Our own usage errors are worded already; picocli's others stay as picocli says them.
        return Text.of("io.as-reported", e.getMessage());
    }

    /** What kind of value an option takes, in words: "et filnavn", "en mappe", … */
    private static Text kindOf(OptionSpec option) {
        String label = option.paramLabel().toUpperCase(Locale.ROOT);
        String kind = label.contains("DIR") || label.contains("FOLDER")
                ? "folder"
                : label.contains("FILE")
                        ? "file"
                        : label.contains("ADDRESS") ? "address" : label.contains("YYYY") ? "month" : "number";
        return Text.of("cli.usage.value." + kind);
    }

    private static String commandName(CommandLine cli) {
        List<String> names = new java.util.ArrayList<>();
        for (CommandLine c = cli; c.getParent() != null; c = c.getParent()) {
            names.add(0, c.getCommandName());
        }
        return String.join(" ", names);
    }
}
