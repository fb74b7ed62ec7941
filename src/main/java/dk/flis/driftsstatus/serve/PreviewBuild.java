package dk.flis.driftsstatus.serve;

import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.diagnostic.DiagnosticJson;
import dk.flis.driftsstatus.diagnostic.DiagnosticPrinter;
import dk.flis.driftsstatus.diagnostic.IoProblems;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.pipeline.BuildOptions;
import dk.flis.driftsstatus.pipeline.Caches;
import dk.flis.driftsstatus.pipeline.Pipeline;
import dk.flis.driftsstatus.pipeline.RunResult;
import dk.flis.driftsstatus.render.SitePaths;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    /**
     * Run between the check and the render of each attempt, after the saved month was shown ahead of
     * the rest, and as each rendering of PDFs begins: for tests.
     */
    volatile Runnable afterCheck = () -> {};

    volatile Runnable afterFirst = () -> {};

    volatile Runnable beforePdfs = () -> {};

    private Future<?> pdfsDone = CompletableFuture.completedFuture(null);

    private volatile Map<String, byte[]> files = Map.of();
    /** The latest attempt's errors and warnings for open pages, or null when it had none. */
    private volatile String errorsJson;

    /** Guards what is shown: the files and the generation they belong to. */
    private final Object shown = new Object();

    private volatile int generation;
    /** The content of the last good rebuild shown: what a save is compared with. Rebuild thread only. */
    private Content shownContent;

    PreviewBuild(BuildOptions options, PrintWriter log, EventHub hub) {
        this.options = options;
        this.log = log;
        this.hub = hub;
        this.pipeline = new Pipeline(options, caches);
    }

    /**
     * A rebuild's outcome before it is shown: the checked content, its pages, what was said, and,
     * when the pages of the saved month were shown ahead of the rest, what was shown before them.
     */
    record Attempt(
            RunResult checked,
            RunResult pages,
            List<Diagnostic> said,
            Map<String, byte[]> filesBefore,
            String errorsBefore) {}

    /** Whether the files are still as a rebuild read them: now, or once they stayed quiet (waits). */
    interface Guard {
        /** Always true: the first build, and a rebuild after a quiet spell. */
        Guard NONE = new Guard() {
            @Override
            public boolean current() {
                return true;
            }

            @Override
            public boolean settled() {
                return true;
            }
        };

        boolean current();

        boolean settled() throws InterruptedException;
    }

    /** Rebuilds and shows the outcome at once (the first build, and tests). */
    synchronized void rebuild() {
        try {
            publish(attempt(Guard.NONE));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The same load → check → render as build, for the pages only. Attempts run one at a time
     * ({@link Rebuilds}); the PDFs of an earlier one may be rendering meanwhile. Null, without
     * rendering the rest, when the files changed meanwhile. The report pages of the months the save
     * changed are rendered first and, once {@code guard} finds the files settled, shown and announced
     * to the pages showing them: an editor sees the month just saved without waiting for the rest.
     */
    Attempt attempt(Guard guard) throws InterruptedException {
        RunResult checked = null;
        RunResult pages = null;
        List<Diagnostic> said;
        Map<String, byte[]> before = files;
        String errorsBefore = errorsJson;
        boolean first = false;
        try {
            checked = pipeline.check();
            afterCheck.run();
            if (!guard.current()) {
                return null;
            }
            first = showFirst(checked, guard);
            if (first) {
                afterFirst.run();
            }
            if (!first && !guard.current()) {
                return null;
            }
            pages = pipeline.render(checked, EnumSet.of(Pipeline.Part.PAGES));
            said = pages.diagnostics();
        } catch (RuntimeException e) {
            said = unexpected(checked, e);
        }
        return new Attempt(checked, pages, said, first ? before : null, errorsBefore);
    }

    /** Shows the report pages of the months changed since the last good rebuild; false when it did not. */
    private boolean showFirst(RunResult checked, Guard guard) throws InterruptedException {
        if (checked.failed() || checked.content() == null || shownContent == null) {
            return false;
        }
        Set<YearMonth> months = FirstPages.changedMonths(shownContent, checked.content());
        if (months.isEmpty() || months.size() > FirstPages.MOST_MONTHS) {
            return false;
        }
        RunResult first = pipeline.renderReportPages(checked, months);
        if (first.failed() || first.site() == null || !guard.settled()) {
            return false;
        }
        List<String> changed;
        synchronized (shown) {
            Map<String, byte[]> all = new HashMap<>(files);
            all.putAll(first.site().files());
            changed = FirstPages.changedPaths(files, all);
            files = Map.copyOf(all);
        }
        Catalogue words = Catalogue.forContent(options.content());
        List<Diagnostic> warnings = checked.diagnostics();
        errorsJson = warnings.isEmpty()
                ? null
                : DiagnosticJson.writeForOverlay(
                        warnings, words, new DiagnosticPrinter(options.workingDirectory(), words));
        if (!changed.isEmpty()) {
            hub.broadcast("pages", FirstPages.json(changed));
        }
        return true;
    }

    /**
     * Shows an attempt: its pages (with the previous PDFs, until its own are rendered) and what it
     * said. The PDFs follow on their own thread, so a saved note reaches the browser without waiting
     * for them, and a newer save never waits for the PDFs of an older one. When the saved month was
     * shown first, only pages that changed since are told to reload, unless what is said changed.
     */
    void publish(Attempt attempt) {
        RunResult pages = attempt.pages();
        int of;
        List<String> changed = null;
        synchronized (shown) {
            if (pages != null && !pages.failed()) {
                Map<String, byte[]> before = files;
                files = withPdfsOf(pages.site().files(), files);
                changed = FirstPages.changedPaths(before, files);
                shownContent = attempt.checked().content();
            } else if (attempt.filesBefore() != null) {
                files = attempt.filesBefore(); // the build failed after all: back to the last good site
            }
            of = ++generation;
        }
        announce(attempt.said(), true, of, attempt.filesBefore() == null ? null : changed, attempt.errorsBefore());
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
                    announce(pdfs.diagnostics(), false, of, null, null);
                }
                return;
            }
            synchronized (shown) {
                if (of == generation) {
                    // Into what is shown now, which may already hold a newer save's month (shown first):
                    // the PDFs of this rebuild replace all PDFs, nothing else.
                    Map<String, byte[]> all = new HashMap<>(files);
                    all.keySet().removeIf(path -> path.startsWith(SitePaths.PDF_FOLDER));
                    all.putAll(pdfs.site().files());
                    files = Map.copyOf(all);
                }
            }
        } catch (RuntimeException e) {
            if (of == generation) {
                announce(unexpected(pages, e), false, of, null, null);
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

    /**
     * Prints the outcome and tells open pages: the errors, or (after the pages) to reload; only those
     * showing one of {@code changed} when that is given and what is said stayed {@code saidBefore}.
     */
    private void announce(
            List<Diagnostic> diagnostics, boolean pagesDone, int of, List<String> changed, String saidBefore) {
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
            if (changed == null || !Objects.equals(errorsJson, saidBefore)) {
                hub.broadcast("reload", String.valueOf(of));
            } else if (!changed.isEmpty()) {
                hub.broadcast("pages", FirstPages.json(changed));
            }
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

    /** Where open pages are told of rebuilds: for tests. */
    EventHub hub() {
        return hub;
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
