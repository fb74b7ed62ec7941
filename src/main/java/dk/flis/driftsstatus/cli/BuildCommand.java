package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.pipeline.Pipeline;
import dk.flis.driftsstatus.pipeline.RunResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code driftsstatus build}: checks, renders and publishes the site; publishes nothing on any error. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        header = "Check the content and build the site into the output folder.",
        description = "Nothing is published if anything is wrong: the output folder is then left exactly as it was.")
final class BuildCommand extends ContentOptions implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--out",
            descriptionKey = "help.build.out",
            paramLabel = "DIR",
            description = "output folder (default: ${DEFAULT-VALUE})",
            defaultValue = "site")
    Path out;

    @Option(
            names = "--no-pdf",
            descriptionKey = "help.build.no-pdf",
            description = "build only the HTML site, without the monthly PDFs")
    boolean noPdf;

    @Option(
            names = "--timings",
            descriptionKey = "help.build.timings",
            description = "print where the build's time went (start-up, load + check, render, publish)")
    boolean timings;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RunResult built = new Pipeline(buildOptions(out, !noPdf)).build(err::println);
        printText(withTimeWarnings(built.diagnostics(), built.content()), err);
        if (built.failed()) {
            String folder = out.toString().endsWith("/") ? out.toString() : out + "/";
            err.println(words().format("cli.build.nothing-published", folder));
            return ExitCode.CONTENT_ERRORS;
        }
        spec.commandLine()
                .getOut()
                .println(words().format(
                                "cli.build.done",
                                built.content().reports().size(),
                                ContentFolder.shown(workingDirectory, workingDirectory.resolve(out)),
                                built.render().rendered(),
                                built.render().reused()));
        if (timings) {
            spec.commandLine().getOut().println(built.timings());
        }
        return ExitCode.OK;
    }
}
