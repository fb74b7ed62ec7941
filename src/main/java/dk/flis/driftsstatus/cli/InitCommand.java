package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.DiagnosticPrinter;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.diagnostic.Text;
import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.scaffold.StarterProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code driftsstatus init [FOLDER]}: creates a content project that builds as it is. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        header = "Create a content project to start from: site settings, the areas, one report and a free page.",
        description = "The files are those of FLIS' real report of October 2025, with their JSON Schemas. The folder "
                + "may exist, but not its content/ folder: init never overwrites anything. The project has no "
                + "templates/ folder, so it is built with the theme that comes with the program.")
final class InitCommand implements Callable<Integer> {
    Path workingDirectory = Path.of("").toAbsolutePath();

    @Spec
    CommandSpec spec;

    @Parameters(
            descriptionKey = "help.init.folder",
            index = "0",
            arity = "0..1",
            paramLabel = "FOLDER",
            defaultValue = ".",
            description = "where to create the project (default: the current folder)")
    Path folder;

    @Override
    public Integer call() throws IOException {
        Path project = workingDirectory.resolve(folder).normalize();
        Path content = project.resolve("content");
        Catalogue words = Catalogue.forContent(content);
        String shown = ContentFolder.shown(workingDirectory, content);
        if (Files.exists(content)) {
            Diagnostics refusal = new Diagnostics();
            refusal.error(SourcePosition.of(shown), "content-exists");
            new DiagnosticPrinter(workingDirectory, words)
                    .printText(refusal.sorted(), spec.commandLine().getErr());
            return ExitCode.COULD_NOT_RUN;
        }
        StarterProject.write(project);
        PrintWriter out = spec.commandLine().getOut();
        String where = ContentFolder.shown(workingDirectory, project);
        out.println(words.format("cli.init.created", where.isEmpty() ? Text.of("cli.init.this-folder") : where + "/"));
        for (String file : StarterProject.FILES) {
            out.println("  " + file);
        }
        out.println(words.format("cli.init.next", where.isEmpty() ? "" : Text.of("cli.init.cd", where)));
        return ExitCode.OK;
    }
}
