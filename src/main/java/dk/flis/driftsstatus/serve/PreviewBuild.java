package dk.flis.driftsstatus.serve;

import dk.flis.driftsstatus.build.BuildOptions;
import dk.flis.driftsstatus.build.Pipeline;
import dk.flis.driftsstatus.diagnostic.ContentErrors;
import dk.flis.driftsstatus.diagnostic.DiagnosticJson;
import dk.flis.driftsstatus.diagnostic.DiagnosticPrinter;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.load.ParsedReports;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.render.OutputCache;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the build recipe for the preview and keeps its outcome: the last good site's files, and the
 * errors of the latest attempt (null once it succeeds), which are sent to open pages.
 */
final class PreviewBuild {
    private final BuildOptions options;
    private final PrintWriter log;
    private final EventHub hub;
    /** Outputs of earlier rebuilds: a note edit re-renders only the pages that show that note. */
    private final OutputCache cache = OutputCache.inMemory();
    /** Report files as parsed by earlier rebuilds: an edit re-parses only the file that changed. */
    private final ParsedReports parsedReports = new ParsedReports();
    private volatile Map<String, byte[]> files = Map.of();
    private volatile String errorsJson;
    private int generation;

    PreviewBuild(BuildOptions options, PrintWriter log, EventHub hub) {
        this.options = options;
        this.log = log;
        this.hub = hub;
    }

    /** The same load → check → render as build; only publishing is replaced by keeping the files in memory. */
    synchronized void rebuild() {
        Diagnostics diagnostics = new Diagnostics();
        Pipeline pipeline = new Pipeline(options, diagnostics, cache, parsedReports);
        try {
            Optional<Content> content = pipeline.check();
            if (content.isPresent()) {
                files = pipeline.render(content.get()).files();
            }
        } catch (ContentErrors e) {
            // collected in diagnostics
        } catch (RuntimeException e) {
            diagnostics.error(SourcePosition.of(options.templates().getFileName().toString()),
                    "the build failed unexpectedly: " + e, "run ./driftsstatus build --verbose for details");
        }
        new DiagnosticPrinter(options.workingDirectory()).printText(diagnostics.sorted(), log);
        generation++;
        if (diagnostics.hasErrors()) {
            errorsJson = DiagnosticJson.write(diagnostics.sorted());
            log.println("Still serving the last good version; the errors are shown in the browser.");
            hub.broadcast("diagnostics", errorsJson);
        } else {
            errorsJson = null;
            log.println(generation == 1 ? "Built the site." : "Rebuilt after a change (" + generation + ").");
            hub.broadcast("reload", String.valueOf(generation));
        }
        log.flush();
    }

    Map<String, byte[]> files() {
        return files;
    }

    String errorsJson() {
        return errorsJson;
    }

    /** A bare page with the live-reload script, for paths the site lacks (also before the first good build). */
    byte[] placeholderPage(String title) {
        String message = files.isEmpty() ? "Der er endnu ingen gyldig version af sitet. Ret fejlene, så vises det her."
                : "Prøv forsiden.";
        return ("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title
                + "</title>\n</head>\n<body>\n<main>\n<h1>" + title + "</h1>\n<p>" + message
                + " <a href=\"/\">Forsiden</a></p>\n</main>\n" + options.liveReloadScript() + "</body>\n</html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
