package dk.flis.driftsstatus.serve;

import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.diagnostic.DiagnosticJson;
import dk.flis.driftsstatus.diagnostic.DiagnosticPrinter;
import dk.flis.driftsstatus.diagnostic.IoProblems;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.pipeline.BuildOptions;
import dk.flis.driftsstatus.pipeline.Caches;
import dk.flis.driftsstatus.pipeline.Pipeline;
import dk.flis.driftsstatus.pipeline.RunResult;
import dk.flis.driftsstatus.render.SitePaths;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Runs the build recipe for the preview and keeps its outcome: the last good site's files, and the
 * errors of the latest attempt (null once it succeeds), which are sent to open pages.
 */
final class PreviewBuild {
    private final BuildOptions options;
    private final PrintWriter log;
    private final EventHub hub;
    /**
     * Outputs of earlier rebuilds (a note edit re-renders only the pages that show that note) and
     * report files as parsed by them (an edit re-parses only the file that changed).
     */
    private final Caches caches = Caches.inMemory();
    /**
     * One pipeline for the whole session: its template engine (FreeMarker's configuration, parsed
     * templates and introspection of the view records) is made once, not at every save. It looks
     * every template up on each use, so an edited template is still seen at once.
     */
    private final Pipeline pipeline;
    /** The PDFs of a rebuild render here, after its pages, so that a newer save need not wait for them. */
    private final ExecutorService pdfWork = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "driftsstatus-pdfs");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs between the check and the render of each attempt, and as each rendering of PDFs begins: for tests. */
    volatile Runnable afterCheck = () -> {};

    volatile Runnable beforePdfs = () -> {};

    private Future<?> pdfsDone = CompletableFuture.completedFuture(null);

    private volatile Map<String, byte[]> files = Map.of();
    /** The latest attempt's errors and warnings for open pages, or null when it had none. */
    private volatile String errorsJson;

    /** Guards what is shown: the files and the generation they belong to. */
    private final Object shown = new Object();

    private volatile int generation;

    PreviewBuild(BuildOptions options, PrintWriter log, EventHub hub) {
        this.options = options;
        this.log = log;
        this.hub = hub;
        this.pipeline = new Pipeline(options, caches);
    }

    /** A rebuild's outcome before it is shown: the checked content, its pages, and what was said. */
    record Attempt(RunResult checked, RunResult pages, List<Diagnostic> said) {}

    /** Rebuilds and shows the outcome at once (the first build, and tests). */
    synchronized void rebuild() {
        publish(attempt(() -> false));
    }

    /**
     * The same load → check → render as build, for the pages only; nothing is shown yet. Attempts run
     * one at a time ({@link Rebuilds}); the PDFs of an earlier one may be rendering meanwhile. Null,
     * without rendering, when {@code stale} says after the check that the files changed meanwhile.
     */
    Attempt attempt(BooleanSupplier stale) {
        RunResult checked = null;
        RunResult pages = null;
        List<Diagnostic> said;
        try {
            checked = pipeline.check();
            afterCheck.run();
            if (stale.getAsBoolean()) {
                return null;
            }
            pages = pipeline.render(checked, EnumSet.of(Pipeline.Part.PAGES));
            said = pages.diagnostics();
        } catch (RuntimeException e) {
            said = unexpected(checked, e);
        }
        return new Attempt(checked, pages, said);
    }

    /**
     * Shows an attempt: its pages (with the previous PDFs, until its own are rendered) and what it
     * said. The PDFs follow on their own thread, so a saved note reaches the browser without waiting
     * for them, and a newer save never waits for the PDFs of an older one.
     */
    void publish(Attempt attempt) {
        RunResult pages = attempt.pages();
        int of;
        synchronized (shown) {
            if (pages != null && !pages.failed()) {
                files = withPdfsOf(pages.site().files(), files);
            }
            of = ++generation;
        }
        announce(attempt.said(), true, of);
        if (pages == null || pages.failed() || !options.pdf()) {
            return;
        }
        pdfsDone = pdfWork.submit(() -> renderPdfs(pages, of));
    }

    /** Waits until the PDFs of the last rebuild are rendered (or skipped), as the first build does. */
    void awaitPdfs() {
        try {
            pdfsDone.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The PDFs of rebuild {@code of}, shown unless a newer rebuild was shown meanwhile: its own PDFs
     * follow. Not started at all when one already was.
     */
    private void renderPdfs(RunResult pages, int of) {
        if (of != generation) {
            return;
        }
        try {
            beforePdfs.run();
            RunResult pdfs = pipeline.render(pages, EnumSet.of(Pipeline.Part.PDFS));
            if (pdfs.failed()) {
                if (of == generation) {
                    announce(pdfs.diagnostics(), false, of);
                }
                return;
            }
            Map<String, byte[]> all = new HashMap<>(pages.site().files());
            all.putAll(pdfs.site().files());
            synchronized (shown) {
                if (of == generation) {
                    files = Map.copyOf(all);
                }
            }
        } catch (RuntimeException e) {
            if (of == generation) {
                announce(unexpected(pages, e), false, of);
            }
        }
    }

    /** What the run had said so far, and the failure as one more error. */
    private List<Diagnostic> unexpected(RunResult soFar, RuntimeException e) {
        List<Diagnostic> all = new ArrayList<>(soFar == null ? List.of() : soFar.diagnostics());
        all.add(Diagnostic.error(
                SourcePosition.of(options.templates().getFileName().toString()),
                "build-failed-unexpectedly",
                IoProblems.describe(e)));
        return all.stream().distinct().sorted(Diagnostic.READING_ORDER).toList();
    }

    /** Prints the outcome and tells open pages: the errors, or (after the pages) to reload. */
    private void announce(List<Diagnostic> diagnostics, boolean pagesDone, int of) {
        Catalogue words = Catalogue.forContent(options.content());
        DiagnosticPrinter printer = new DiagnosticPrinter(options.workingDirectory(), words);
        printer.printText(diagnostics, log);
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            errorsJson = DiagnosticJson.writeForOverlay(diagnostics, words, printer);
            log.println(words.format("cli.serve.still-serving"));
            hub.broadcast("diagnostics", errorsJson);
        } else if (pagesDone) {
            // Warnings go to the reloaded page too (sent when it connects), below any errors, never blocking it.
            errorsJson = diagnostics.isEmpty() ? null : DiagnosticJson.writeForOverlay(diagnostics, words, printer);
            log.println(of == 1 ? words.format("cli.serve.built") : words.format("cli.serve.rebuilt", of));
            long warnings = diagnostics.stream().filter(d -> !d.isError()).count();
            if (warnings > 0) {
                log.println(words.format("cli.serve.warnings-shown", warnings));
            }
            hub.broadcast("reload", String.valueOf(of));
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

    /** How many rebuilds have been shown. */
    int generation() {
        return generation;
    }

    String errorsJson() {
        return errorsJson;
    }

    /** A bare page with the live-reload script, for paths the site lacks (also before the first good build). */
    byte[] placeholderPage(String title) {
        String message = files.isEmpty()
                ? "Der er endnu ingen gyldig version af sitet. Ret fejlene, så vises det her."
                : "Prøv forsiden.";
        return ("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title
                        + "</title>\n</head>\n<body>\n<main>\n<h1>" + title + "</h1>\n<p>" + message
                        + " <a href=\"/\">Forsiden</a></p>\n</main>\n" + LiveReloadScript.HTML + "</body>\n</html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
