package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.diagnostic.DiagnosticJson;
import dk.flis.driftsstatus.pipeline.Pipeline;
import dk.flis.driftsstatus.pipeline.RunResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code driftsstatus check}: validates everything, writes nothing. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        header = "Check the content for mistakes and print every problem at once; writes nothing.",
        description = {
            "Problems are printed as path:line:col: error|warning: message, with the source line and a hint.",
            "Warnings point at likely mistakes; they are printed but do not fail the check.",
            "With --format json, one JSON object goes to standard output instead (see README.md)."
        })
final class CheckCommand extends ContentOptions implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** How problems are printed. */
    enum Format {
        text,
        json
    }

    @Option(
            names = "--format",
            descriptionKey = "help.check.format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default) for people, json for tools: one object on standard output")
    Format format;

    @Override
    public Integer call() {
        RunResult run = new Pipeline(buildOptions(Path.of("site"), false)).check();
        List<Diagnostic> diagnostics = withTimeWarnings(run.diagnostics(), run.content());
        if (format == Format.json) {
            spec.commandLine().getOut().println(DiagnosticJson.write(diagnostics, words()));
            return run.failed() ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
        }
        printText(diagnostics, spec.commandLine().getErr());
        if (run.failed()) {
            return ExitCode.CONTENT_ERRORS;
        }
        boolean warned = !diagnostics.isEmpty();
        spec.commandLine().getOut().println(words().format(warned ? "cli.check.ok-with-warnings" : "cli.check.ok"));
        return ExitCode.OK;
    }
}
