package dk.flis.driftsstatus.pipeline;

import dk.flis.driftsstatus.check.ContentChecker;
import dk.flis.driftsstatus.diagnostic.ContentErrors;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.load.ContentLoader;
import dk.flis.driftsstatus.load.LoadedContent;
import dk.flis.driftsstatus.load.ParsedReports;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.diagnostic.IoProblems;
import dk.flis.driftsstatus.publish.OutputGuard;
import dk.flis.driftsstatus.publish.OutputLock;
import dk.flis.driftsstatus.publish.OutputRefused;
import dk.flis.driftsstatus.publish.SitePublisher;
import dk.flis.driftsstatus.history.History;
import dk.flis.driftsstatus.render.OutputCache;
import dk.flis.driftsstatus.render.OutputJob;
import dk.flis.driftsstatus.render.ParallelRender;
import dk.flis.driftsstatus.render.RenderedSite;
import dk.flis.driftsstatus.render.TemplateEngine;
import dk.flis.driftsstatus.render.TemplateFingerprints;
import dk.flis.driftsstatus.render.data.OpenDataFiles;
import dk.flis.driftsstatus.render.html.HtmlSiteRenderer;
import dk.flis.driftsstatus.render.pdf.PdfRenderer;
import dk.flis.driftsstatus.view.ReportViews;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The recipe: load the editors' files, check them against each other, render every output in
 * memory, and publish only if nothing failed. Every command goes through here.
 */
public final class Pipeline {
    private final BuildOptions options;
    private final Diagnostics diagnostics;
    private final OutputCache cache;
    private final ParsedReports parsedReports;
    private ParallelRender lastRender;
    private String timings = "";

    /** A pipeline whose render cache is kept on disk beside the output folder, for the next build. */
    public Pipeline(BuildOptions options, Diagnostics diagnostics) {
        this(options, diagnostics, OutputCache.onDisk(cacheFolder(options.output())));
    }

    /** A pipeline with the given render cache. */
    public Pipeline(BuildOptions options, Diagnostics diagnostics, OutputCache cache) {
        this(options, diagnostics, cache, new ParsedReports());
    }

    /** A pipeline with the given caches: {@code serve} keeps both in memory across its rebuilds. */
    public Pipeline(BuildOptions options, Diagnostics diagnostics, OutputCache cache, ParsedReports parsedReports) {
        this.options = options;
        this.diagnostics = diagnostics;
        this.cache = cache;
        this.parsedReports = parsedReports;
    }

    /** {@code .driftsstatus-cache/NAME} beside the output folder {@code NAME}: never published, safe to delete. */
    public static Path cacheFolder(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            return absolute.resolve(".driftsstatus-cache").resolve("root"); // never used: such an output is refused
        }
        return absolute.resolveSibling(".driftsstatus-cache").resolve(absolute.getFileName().toString());
    }

    /** The site paths the last render made anew (the rest came from the cache). */
    public Set<String> renderedPaths() {
        return lastRender == null ? Set.of() : lastRender.renderedPaths();
    }

    /** How many outputs the last render made anew and how many it took from the cache. */
    public String renderSummary() {
        return lastRender == null ? "" : lastRender.rendered() + " rendered, " + lastRender.reused() + " unchanged";
    }

    /** Load and check; the content when there were no errors. */
    public Optional<Content> check() {
        ContentFolder folder = new ContentFolder(options.content(), options.workingDirectory());
        LoadedContent loaded = ContentLoader.load(folder, diagnostics, parsedReports);
        return ContentChecker.check(loaded, diagnostics);
    }

    /** Renders every output of checked content in memory, without touching the output folder. */
    public RenderedSite render(Content content) throws ContentErrors {
        return render(content, EnumSet.allOf(Part.class));
    }

    /** The kinds of output: {@code serve} shows the pages at once and adds the slower PDFs after. */
    public enum Part { PAGES, PDFS }

    /**
     * Renders only {@code parts} (PDFs only when the options ask for them). The cache is pruned once
     * the last part is rendered, so parts rendered by one pipeline one after the other keep each
     * other's entries.
     */
    public RenderedSite render(Content content, Set<Part> parts) throws ContentErrors {
        if (!Files.isDirectory(options.templates())) {
            diagnostics.error(SourcePosition.of(shown(options.templates())), "the templates folder does not exist",
                    "run from the project folder, or pass --templates PATH");
            throw new ContentErrors(diagnostics.sorted());
        }
        try {
            TemplateEngine templates = new TemplateEngine(options.templates(), shown(options.templates()));
            RenderedSite site = new RenderedSite();
            History history = History.of(content);
            List<OutputJob> jobs = new ArrayList<>();
            if (parts.contains(Part.PAGES)) {
                jobs.addAll(new HtmlSiteRenderer(templates, options.templates(), shown(options.templates()),
                        options.liveReloadScript()).jobs(content, history, options.pdf(), site, diagnostics));
                jobs.addAll(OpenDataFiles.jobs(content, history, options.pdf()));
            }
            if (options.pdf() && parts.contains(Part.PDFS)) {
                // Built only when PDFs are due: the PDF stack is the slowest part of start-up.
                jobs.addAll(new PdfRenderer(templates, options.templates(), options.content(), shown(options.templates()))
                        .jobs(content, new ReportViews(content, history), diagnostics));
            }
            if (lastRender == null) {
                lastRender = new ParallelRender(cache, new TemplateFingerprints(options.templates()));
            }
            lastRender.run(jobs, site, diagnostics);
            if (diagnostics.hasErrors()) {
                throw new ContentErrors(diagnostics.sorted());
            }
            if (parts.contains(Part.PDFS) || !options.pdf()) {
                lastRender.pruneCache();
            }
            return site;
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(shown(options.templates())), "cannot read the templates: " + e.getMessage(),
                    "check the folder's permissions");
            throw new ContentErrors(diagnostics.sorted());
        }
    }

    /** The whole recipe; throws with every diagnostic when anything is wrong, leaving the output as it was. */
    public Content build() throws ContentErrors {
        return build(message -> { });
    }

    /**
     * The whole recipe under the output's lock; {@code waiting} hears when another build holds it.
     * Throws with every diagnostic when anything is wrong, leaving the output as it was.
     */
    public Content build(Consumer<String> waiting) throws ContentErrors {
        long start = System.nanoTime();
        try (OutputLock lock = lockOutput(waiting)) {
            Content content = check().orElseThrow(() -> new ContentErrors(diagnostics.sorted()));
            long checked = System.nanoTime();
            RenderedSite site = render(content);
            long rendered = System.nanoTime();
            publish(site);
            long published = System.nanoTime();
            timings = String.format(java.util.Locale.ROOT,
                    "JVM start-up %d ms, load + check %d ms, render %d ms, publish %d ms",
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()
                            - (published - start) / 1_000_000,
                    (checked - start) / 1_000_000, (rendered - checked) / 1_000_000, (published - rendered) / 1_000_000);
            return content;
        } catch (IOException e) {
            throw outputError("cannot release the lock of the output: " + IoProblems.describe(e), "");
        }
    }

    /** Where the last build's time went, for {@code build --timings}. */
    public String timings() {
        return timings;
    }

    /**
     * Refuses an output that is not ours to write ({@link OutputGuard}), before anything is read,
     * built or written.
     */
    public void checkOutput() throws ContentErrors {
        Optional<OutputRefused> refused = OutputGuard.check(options.output(), new OutputGuard.Protected(
                options.workingDirectory(), options.content(), options.templates(), home()));
        if (refused.isPresent()) {
            throw outputError(refused.get().getMessage(), refused.get().hint());
        }
    }

    /**
     * Checks the output, takes its lock (waiting for another build), checks it again (that build may
     * have changed it) and repairs what a killed build left, so that the output is the previous
     * complete site again even if this build fails. Hold the lock until publishing is over.
     */
    public OutputLock lockOutput(Consumer<String> waiting) throws ContentErrors {
        checkOutput();
        OutputLock lock;
        try {
            lock = SitePublisher.lock(options.output(), shownOutput(), OutputLock.timeout(), waiting);
        } catch (OutputRefused e) {
            throw outputError(e.getMessage(), e.hint());
        } catch (IOException e) {
            throw outputError("cannot prepare the output: " + IoProblems.describe(e),
                    "check that you may write to the folder it is in");
        }
        boolean ready = false;
        try {
            checkOutput();
            SitePublisher.recover(options.output());
            ready = true;
            return lock;
        } catch (IOException e) {
            throw outputError("cannot tidy the output: " + IoProblems.describe(e),
                    "check that you may write to the folder it is in");
        } finally {
            if (!ready) {
                release(lock);
            }
        }
    }

    private static void release(OutputLock lock) {
        try {
            lock.close();
        } catch (IOException ignored) {
            // the operating system releases it when the process ends anyway
        }
    }

    /**
     * Publishes a site rendered by {@link #render}, for commands that use its outputs too (mail
     * attaches the PDF). Hold {@link #lockOutput} around it.
     */
    public void publish(RenderedSite site) throws ContentErrors {
        try {
            SitePublisher.publish(site, options.output());
        } catch (IOException e) {
            throw outputError("cannot publish the site: " + IoProblems.describe(e),
                    "check that you may write to the folder the output is in");
        }
    }

    private ContentErrors outputError(String message, String hint) {
        diagnostics.error(SourcePosition.of(shownOutput()), message, hint);
        return new ContentErrors(diagnostics.sorted());
    }

    private String shownOutput() {
        String shown = shown(options.output());
        return shown.isEmpty() ? "." : shown; // --out . names the working directory itself
    }

    private static Path home() {
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home);
    }

    private String shown(Path path) {
        return ContentFolder.shown(options.workingDirectory(), path);
    }
}
