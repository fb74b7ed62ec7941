package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.pipeline.Pipeline;
import dk.flis.driftsstatus.diagnostic.ContentErrors;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.model.Content;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code driftsstatus build}: checks, renders and publishes the site; publishes nothing on any error. */
@Command(name = "build", mixinStandardHelpOptions = true,
        header = "Check the content and build the site into the output folder.",
        description = "Nothing is published if anything is wrong: the output folder is then left exactly as it was.")
final class BuildCommand extends ContentOptions implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})",
            defaultValue = "site")
    Path out;

    @Option(names = "--no-pdf", description = "build only the HTML site, without the monthly PDFs")
    boolean noPdf;

    @Option(names = "--timings", description = "print where the build's time went (start-up, load + check, render, publish)")
    boolean timings;

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        Pipeline pipeline = new Pipeline(buildOptions(out, !noPdf, ""), diagnostics);
        try {
            Content content = pipeline.build(waiting -> spec.commandLine().getErr().println(waiting));
            printText(diagnostics, spec.commandLine().getErr());
            spec.commandLine().getOut().println("Built " + content.reports().size() + " report(s) into "
                    + ContentFolder.shown(workingDirectory, workingDirectory.resolve(out)) + "/ ("
                    + pipeline.renderSummary() + ")");
            if (timings) {
                spec.commandLine().getOut().println(pipeline.timings());
            }
            return Main.OK;
        } catch (ContentErrors e) {
            printText(diagnostics, spec.commandLine().getErr());
            String folder = out.toString().endsWith("/") ? out.toString() : out + "/";
            spec.commandLine().getErr().println("Nothing was published; " + folder + " is unchanged.");
            return Main.CONTENT_ERRORS;
        }
    }
}
