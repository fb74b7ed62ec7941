package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.serve.EditSettings;
import dk.flis.driftsstatus.serve.PreviewServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code driftsstatus serve}: the live preview editors keep open while they write. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        header = "Preview the site in a browser; it rebuilds and reloads as you save.",
        description = "Builds in memory (site/ is never touched), watches the content and templates folders, and "
                + "reloads open pages after each change. On errors the last good version stays up with the errors "
                + "shown over it. Stop with Ctrl-C.")
final class ServeCommand extends ContentOptions implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--port",
            descriptionKey = "help.serve.port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(
            names = "--bind",
            descriptionKey = "help.serve.bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this computer only)")
    String bind;

    @Option(
            names = "--no-pdf",
            descriptionKey = "help.serve.no-pdf",
            description = "preview only the HTML site, without the monthly PDFs")
    boolean noPdf;

    @Option(names = "--read-only", description = "no editing in the browser: the preview only")
    boolean readOnly;

    @Option(
            names = "--allow-remote-edit",
            description = "allow editing in the browser although --bind lets other computers connect (no login!)")
    boolean allowRemoteEdit;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 1 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), words().format("cli.usage.port-range", port));
        }
        if (readOnly && allowRemoteEdit) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), words().format("cli.usage.read-only-and-remote-edit"));
        }
        PrintWriter out = spec.commandLine().getOut();
        PreviewServer server;
        try {
            server = PreviewServer.start(
                    buildOptions(Path.of("site"), !noPdf),
                    bind,
                    port,
                    out,
                    new EditSettings(readOnly, allowRemoteEdit));
        } catch (BindException e) {
            printText(
                    List.of(Diagnostic.error(
                            SourcePosition.of(words().format("printer.program-name")), "port-in-use", bind, port)),
                    spec.commandLine().getErr());
            return ExitCode.COULD_NOT_RUN;
        }
        (server.editingWarns() ? spec.commandLine().getErr() : out).println(server.editingLine());
        spec.commandLine().getErr().flush();
        out.println(words().format("cli.serve.serving", server.url(), content, templates));
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCode.OK;
    }
}
