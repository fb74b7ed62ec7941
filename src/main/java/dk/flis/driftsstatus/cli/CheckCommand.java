package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.diagnostic.DiagnosticJson;
import dk.flis.driftsstatus.pipeline.Pipeline;
import dk.flis.driftsstatus.pipeline.RunResult;
import java.nio.file.Path;
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
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default) for people, json for tools: one object on standard output")
    Format format;

    @Override
    public Integer call() {
        RunResult checked = new Pipeline(buildOptions(Path.of("site"), false)).check();
        if (format == Format.json) {
            spec.commandLine().getOut().println(DiagnosticJson.write(checked.diagnostics(), words()));
            return checked.failed() ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
        }
        printText(checked.diagnostics(), spec.commandLine().getErr());
        if (checked.failed()) {
            return ExitCode.CONTENT_ERRORS;
        }
        boolean warned = !checked.diagnostics().isEmpty();
        spec.commandLine().getOut().println(words().format(warned ? "cli.check.ok-with-warnings" : "cli.check.ok"));
        return ExitCode.OK;
    }
}
