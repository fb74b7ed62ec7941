package dk.flis.driftsstatus.serve;

import dk.flis.driftsstatus.pipeline.BuildOptions;
import dk.flis.driftsstatus.pipeline.Pipeline;
import dk.flis.driftsstatus.diagnostic.ContentErrors;
import dk.flis.driftsstatus.diagnostic.DiagnosticJson;
import dk.flis.driftsstatus.diagnostic.DiagnosticPrinter;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.load.ParsedReports;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.render.OutputCache;
import dk.flis.driftsstatus.render.SitePaths;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
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

    /**
     * The same load → check → render as build; only publishing is replaced by keeping the files in
     * memory. The pages are rendered and shown first; the PDFs, the slowest part, follow (the
     * previous ones are served meanwhile), so a saved note reaches the browser without waiting for them.
     */
    synchronized void rebuild() {
        Diagnostics diagnostics = new Diagnostics();
        Pipeline pipeline = new Pipeline(options, diagnostics, cache, parsedReports);
        Optional<Content> content = Optional.empty();
        Map<String, byte[]> pages = Map.of();
        try {
            content = pipeline.check();
            if (content.isPresent()) {
                pages = pipeline.render(content.get(), EnumSet.of(Pipeline.Part.PAGES)).files();
                files = withPdfsOf(pages, files);
            }
        } catch (ContentErrors e) {
            // collected in diagnostics
        } catch (RuntimeException e) {
            unexpected(diagnostics, e);
        }
        generation++;
        announce(diagnostics, true);
        if (content.isEmpty() || diagnostics.hasErrors() || !options.pdf()) {
            return;
        }
        try {
            Map<String, byte[]> all = new HashMap<>(pages);
            all.putAll(pipeline.render(content.get(), EnumSet.of(Pipeline.Part.PDFS)).files());
            files = Map.copyOf(all);
        } catch (ContentErrors e) {
            announce(diagnostics, false);
        } catch (RuntimeException e) {
            unexpected(diagnostics, e);
            announce(diagnostics, false);
        }
    }

    private void unexpected(Diagnostics diagnostics, RuntimeException e) {
        diagnostics.error(SourcePosition.of(options.templates().getFileName().toString()),
                "the build failed unexpectedly: " + e, "run ./driftsstatus build --verbose for details");
    }

    /** Prints the outcome and tells open pages: the errors, or (after the pages) to reload. */
    private void announce(Diagnostics diagnostics, boolean pagesDone) {
        new DiagnosticPrinter(options.workingDirectory()).printText(diagnostics.sorted(), log);
        if (diagnostics.hasErrors()) {
            errorsJson = DiagnosticJson.write(diagnostics.sorted());
            log.println("Still serving the last good version; the errors are shown in the browser.");
            hub.broadcast("diagnostics", errorsJson);
        } else if (pagesDone) {
            errorsJson = null;
            log.println(generation == 1 ? "Built the site." : "Rebuilt after a change (" + generation + ").");
            hub.broadcast("reload", String.valueOf(generation));
        }
        log.flush();
    }

    /** The new pages with the PDFs of the previous build, until the new PDFs are ready. */
    private static Map<String, byte[]> withPdfsOf(Map<String, byte[]> pages, Map<String, byte[]> previous) {
        Map<String, byte[]> all = new HashMap<>(pages);
        previous.forEach((path, bytes) -> {
            if (path.startsWith(SitePaths.PDF_FOLDER)) {
                all.putIfAbsent(path, bytes);
            }
        });
        return Map.copyOf(all);
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
