package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.build.Pipeline;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code driftsstatus check}: validates everything, writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Check the content for mistakes and print every problem at once; writes nothing.",
        description = "Problems are printed as path:line:col: error|warning: message, with the source line and a hint.")
final class CheckCommand extends ContentOptions implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        new Pipeline(buildOptions(Path.of("site"), false, ""), diagnostics).check();
        printText(diagnostics, spec.commandLine().getErr());
        if (diagnostics.hasErrors()) {
            return Main.CONTENT_ERRORS;
        }
        spec.commandLine().getOut().println("Content is OK.");
        return Main.OK;
    }
}
