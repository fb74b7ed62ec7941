package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.diagnostic.DiagnosticPrinter;
import dk.flis.driftsstatus.pipeline.BuildOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every command shares: where content, templates and output are, and --verbose. */
abstract class ContentOptions {
    Path workingDirectory = Path.of("").toAbsolutePath();

    @Option(
            names = "--content",
            paramLabel = "DIR",
            description = "content folder (default: ${DEFAULT-VALUE})",
            defaultValue = "content")
    Path content;

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description = "templates folder (default: ${DEFAULT-VALUE})",
            defaultValue = "templates")
    Path templates;

    @Option(names = "--verbose", description = "show stack traces of unexpected errors")
    boolean verbose;

    BuildOptions buildOptions(Path output, boolean pdf) {
        return new BuildOptions(
                workingDirectory.resolve(content),
                workingDirectory.resolve(templates),
                workingDirectory.resolve(output),
                workingDirectory,
                pdf);
    }

    /** The catalogue in the content's language (site.json's "language", Danish when unknown). */
    Catalogue words() {
        return Catalogue.forContent(workingDirectory.resolve(content));
    }

    void printText(List<Diagnostic> diagnostics, PrintWriter err) {
        new DiagnosticPrinter(workingDirectory, words()).printText(diagnostics, err);
    }
}
