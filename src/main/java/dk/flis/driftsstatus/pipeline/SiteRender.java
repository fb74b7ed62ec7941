package dk.flis.driftsstatus.pipeline;

import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.IoProblems;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.history.History;
import dk.flis.driftsstatus.model.AreaEntry;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.pipeline.Pipeline.Part;
import dk.flis.driftsstatus.render.JobKeys;
import dk.flis.driftsstatus.render.OutputCache;
import dk.flis.driftsstatus.render.OutputJob;
import dk.flis.driftsstatus.render.ParallelRender;
import dk.flis.driftsstatus.render.RenderStats;
import dk.flis.driftsstatus.render.RenderedSite;
import dk.flis.driftsstatus.render.TemplateEngine;
import dk.flis.driftsstatus.render.data.OpenDataFiles;
import dk.flis.driftsstatus.render.html.HtmlSiteRenderer;
import dk.flis.driftsstatus.render.pdf.PdfRenderer;
import dk.flis.driftsstatus.view.ReportViews;
import java.io.IOException;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The render step of a pipeline: the jobs of every page, data file and PDF, rendered on all cores
 * through the render cache with the run's one template engine, into a site in memory.
 */
final class SiteRender {
    private final BuildOptions options;
    private final OutputCache cache;
    private TemplateEngine templates;

    SiteRender(BuildOptions options, OutputCache cache) {
        this.options = options;
        this.cache = cache;
    }

    /** See {@link Pipeline#render(RunResult, Set)}. */
    RunResult render(RunResult earlier, Set<Part> parts) {
        if (earlier.failed() || earlier.content() == null) {
            return earlier;
        }
        Diagnostics diagnostics = new Diagnostics();
        if (!Files.isDirectory(options.templates())) {
            diagnostics.error(SourcePosition.of(options.shown(options.templates())), "templates-folder-missing");
            return earlier.with(diagnostics.sorted());
        }
        Optional<TemplateEngine> engine = engine(diagnostics);
        if (engine.isEmpty()) {
            return earlier.with(diagnostics.sorted());
        }
        renderNotes(earlier.content());
        RenderedSite site = new RenderedSite();
        List<OutputJob> jobs = jobs(earlier.content(), earlier.history(), engine.get(), parts, site, diagnostics);
        ParallelRender render = new ParallelRender(cache, new JobKeys());
        RenderStats stats = render.run(jobs, site, diagnostics).plus(earlier.render());
        if (!diagnostics.hasErrors() && (parts.contains(Part.PDFS) || !options.pdf())) {
            render.pruneCache(stats);
        }
        return rendered(earlier, site, stats, diagnostics);
    }

    /** See {@link Pipeline#renderReportPages}. */
    RunResult renderReportPages(RunResult checked, Set<YearMonth> months) {
        if (checked.failed() || checked.content() == null || !Files.isDirectory(options.templates())) {
            return checked.with(List.of());
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<TemplateEngine> engine = engine(diagnostics);
        if (engine.isEmpty()) {
            return checked.with(diagnostics.sorted());
        }
        RenderedSite site = new RenderedSite();
        List<OutputJob> jobs = new HtmlSiteRenderer(
                        engine.get(), options.templates(), options.shown(options.templates()))
                .reportJobs(checked.content(), checked.history(), options.pdf(), months);
        RenderStats stats = new ParallelRender(cache, new JobKeys()).run(jobs, site, diagnostics);
        return rendered(checked, site, stats, diagnostics);
    }

    /** {@code earlier} with what this render made: its site (none if it failed), counts and diagnostics. */
    private static RunResult rendered(
            RunResult earlier, RenderedSite site, RenderStats stats, Diagnostics diagnostics) {
        return new RunResult(
                earlier.content(),
                earlier.history(),
                diagnostics.hasErrors() ? null : site,
                stats,
                RunResult.sorted(concat(earlier, diagnostics)),
                "");
    }

    private List<OutputJob> jobs(
            Content content,
            History history,
            TemplateEngine engine,
            Set<Part> parts,
            RenderedSite site,
            Diagnostics diagnostics) {
        String shownTemplates = options.shown(options.templates());
        List<OutputJob> jobs = new ArrayList<>();
        if (parts.contains(Part.PAGES)) {
            jobs.addAll(new HtmlSiteRenderer(engine, options.templates(), shownTemplates)
                    .jobs(content, history, options.pdf(), site, diagnostics));
            jobs.addAll(OpenDataFiles.jobs(content, history, options.pdf()));
        }
        if (options.pdf() && parts.contains(Part.PDFS)) {
            // Built only when PDFs are due: the PDF stack is the slowest part of start-up.
            jobs.addAll(new PdfRenderer(engine, options.templates(), options.content(), shownTemplates)
                    .jobs(content, new ReportViews(content, history), diagnostics));
        }
        return jobs;
    }

    /**
     * Renders every report's preface and notes to HTML, on all cores. They are rendered when first
     * asked for ({@code check} never asks), and the views that ask are built on one thread.
     */
    private static void renderNotes(Content content) {
        content.reports().parallelStream().forEach(report -> {
            report.prefaceHtml();
            for (AreaEntry entry : report.entries()) {
                if (entry.hasNote()) {
                    entry.note().html();
                }
            }
        });
    }

    /** The engine the last render used, for the email rendered from the same run. */
    TemplateEngine engine() {
        if (templates == null) {
            throw new IllegalStateException("nothing was rendered yet");
        }
        return templates;
    }

    /** The engine of this run, made once; empty (with the reason) when the templates cannot be read. */
    private Optional<TemplateEngine> engine(Diagnostics diagnostics) {
        if (templates == null) {
            try {
                templates = new TemplateEngine(options.templates(), options.shown(options.templates()));
            } catch (IOException e) {
                diagnostics.error(
                        SourcePosition.of(options.shown(options.templates())),
                        "templates-unreadable",
                        IoProblems.describe(e));
                return Optional.empty();
            }
        }
        return Optional.of(templates);
    }

    private static List<Diagnostic> concat(RunResult earlier, Diagnostics more) {
        List<Diagnostic> all = new ArrayList<>(earlier.diagnostics());
        all.addAll(more.sorted());
        return all;
    }
}
