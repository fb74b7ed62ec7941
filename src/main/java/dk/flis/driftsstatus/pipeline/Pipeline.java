package dk.flis.driftsstatus.pipeline;

import dk.flis.driftsstatus.check.ContentChecker;
import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.DiagnosticPrinter;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.history.History;
import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.load.ContentLoader;
import dk.flis.driftsstatus.load.LoadedContent;
import dk.flis.driftsstatus.mail.Addressing;
import dk.flis.driftsstatus.mail.MonthlyMail;
import dk.flis.driftsstatus.mail.MonthlyMessage;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.publish.OutputLock;
import dk.flis.driftsstatus.render.RenderStats;
import dk.flis.driftsstatus.render.TemplateEngine;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The recipe every command runs: load the editors' files, check them against each other, render
 * every output in memory, and publish only if nothing failed. A pipeline owns what one run shares:
 * the template engine (made at the first render, then used for pages, PDFs and the email alike) and
 * its caches; the history of the content is computed once, by {@link #check()}, and travels in the
 * {@link RunResult}. Each step returns an immutable result, whose diagnostics are the only way it
 * reports failure.
 */
public final class Pipeline {
    private final BuildOptions options;
    private final Caches caches;
    private final OutputAccess output;
    private final SiteRender siteRender;

    /** A pipeline whose render cache is kept on disk beside the output folder, for the next build. */
    public Pipeline(BuildOptions options) {
        this(options, Caches.onDisk(cacheFolder(options.output())));
    }

    /** A pipeline with the given caches: {@code serve} keeps its own in memory across its rebuilds. */
    public Pipeline(BuildOptions options, Caches caches) {
        this.options = options;
        this.caches = caches;
        this.output = new OutputAccess(options);
        this.siteRender = new SiteRender(options, caches.outputs());
    }

    /** {@code .driftsstatus-cache/NAME} beside the output folder {@code NAME}: never published, safe to delete. */
    public static Path cacheFolder(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            return absolute.resolve(".driftsstatus-cache").resolve("root"); // never used: such an output is refused
        }
        return absolute.resolveSibling(".driftsstatus-cache")
                .resolve(absolute.getFileName().toString());
    }

    /** The kinds of output: {@code serve} shows the pages at once and adds the slower PDFs after. */
    public enum Part {
        PAGES,
        PDFS
    }

    /** Load and check; the result has the content and its history when there were no errors. */
    public RunResult check() {
        Diagnostics diagnostics = new Diagnostics();
        ContentFolder folder = new ContentFolder(options.content(), options.workingDirectory());
        LoadedContent loaded = ContentLoader.load(folder, diagnostics, caches.reports());
        Optional<Content> content = ContentChecker.check(loaded, diagnostics);
        History history = content.map(History::of).orElse(null);
        return new RunResult(content.orElse(null), history, null, RenderStats.NONE, diagnostics.sorted(), "");
    }

    /** Refuses an output that is not ours to write, before anything is read, built or written. */
    public RunResult checkOutput() {
        Diagnostics diagnostics = new Diagnostics();
        output.check(diagnostics);
        return RunResult.stopped(diagnostics.sorted());
    }

    /** Renders every output of a checked run in memory, without touching the output folder. */
    public RunResult render(RunResult checked) {
        return render(checked, EnumSet.allOf(Part.class));
    }

    /**
     * Renders only {@code parts} of {@code earlier}, a checked run or one that rendered other parts
     * (PDFs only when the options ask for them); the result's site holds the parts rendered now. The
     * cache is pruned once the last part is rendered, keeping the entries every part used.
     */
    public RunResult render(RunResult earlier, Set<Part> parts) {
        return siteRender.render(earlier, parts);
    }

    /**
     * Renders only the report pages of {@code months} of a checked run (and {@code index.html} when
     * the latest month is among them), exactly as {@link #render} renders them, through the same
     * cache: {@code serve} shows the month just saved before the rest of the site is rendered.
     */
    public RunResult renderReportPages(RunResult checked, Set<YearMonth> months) {
        return siteRender.renderReportPages(checked, months);
    }

    /**
     * The whole recipe under the output's lock; {@code waiting} hears when another build holds it.
     * On any error the output is left as it was.
     */
    public RunResult build(Consumer<String> waiting) {
        long start = System.nanoTime();
        Diagnostics locking = new Diagnostics();
        Optional<OutputLock> lock = output.lock(waiting, locking);
        if (lock.isEmpty()) {
            return RunResult.stopped(locking.sorted());
        }
        Diagnostics publishing = new Diagnostics();
        RunResult rendered;
        try {
            // Before anything changes: a build that fails or is killed must leave no claim that the
            // output is up to date; the inputs are recorded before they are loaded.
            NoOpManifest manifest = new NoOpManifest(options, NoOpManifest.Identity.current());
            manifest.forget();
            NoOpManifest.Inputs inputs = manifest.inputsBeforeLoading();
            RunResult checked = check();
            long checkedAt = System.nanoTime();
            rendered = render(checked);
            long renderedAt = System.nanoTime();
            if (!rendered.failed() && output.publish(rendered.site(), publishing)) {
                Catalogue words =
                        Catalogue.forContent(options.workingDirectory().resolve(options.content()));
                manifest.record(inputs, upToDate(words, rendered), printed(words, rendered));
                long published = System.nanoTime();
                rendered = new RunResult(
                        rendered.content(),
                        rendered.history(),
                        rendered.site(),
                        rendered.render(),
                        rendered.diagnostics(),
                        timings(start, checkedAt, renderedAt, published));
            }
        } finally {
            output.release(lock.get(), publishing);
        }
        return rendered.with(publishing.sorted());
    }

    /** The diagnostics as {@code build} prints them, for the manifest to replay. */
    private String printed(Catalogue words, RunResult rendered) {
        StringWriter text = new StringWriter();
        new DiagnosticPrinter(options.workingDirectory(), words)
                .printText(rendered.diagnostics(), new PrintWriter(text));
        return text.toString();
    }

    /** What a later build of the same inputs says, worded now: the no-op then needs no catalogue. */
    private String upToDate(Catalogue words, RunResult rendered) {
        Path cwd = options.workingDirectory().toAbsolutePath().normalize();
        return words.format(
                "cli.build.up-to-date",
                rendered.content().reports().size(),
                ContentFolder.shown(cwd, options.output()));
    }

    /** "JVM start-up …, load + check …, render …, publish … ms", for {@code build --timings}. */
    private static String timings(long start, long checked, long rendered, long published) {
        return String.format(
                Locale.ROOT,
                "JVM start-up %d ms, load + check %d ms, render %d ms, publish %d ms",
                ManagementFactory.getRuntimeMXBean().getUptime() - (published - start) / 1_000_000,
                (checked - start) / 1_000_000,
                (rendered - checked) / 1_000_000,
                (published - rendered) / 1_000_000);
    }

    /**
     * Renders the site of a checked run and {@code report}'s email from it (both bodies with this run's
     * templates, the PDF exactly as rendered), then publishes the site as {@link #build} does, unless
     * {@code publish} is false (a dry run: nothing is locked or written). The message is built before
     * anything is published.
     */
    public MailResult mail(
            RunResult checked, MonthlyReport report, Addressing addressing, boolean publish, Consumer<String> waiting)
            throws MessagingException {
        if (!publish) {
            return mailFrom(render(checked), report, addressing);
        }
        Diagnostics publishing = new Diagnostics();
        Optional<OutputLock> lock = output.lock(waiting, publishing);
        if (lock.isEmpty()) {
            return new MailResult(checked.with(publishing.sorted()), null, null);
        }
        MailResult mail;
        try {
            mail = mailFrom(render(checked), report, addressing);
            if (!mail.run().failed()) {
                output.publish(mail.run().site(), publishing);
            }
        } finally {
            output.release(lock.get(), publishing);
        }
        return new MailResult(mail.run().with(publishing.sorted()), mail.parts(), mail.message());
    }

    private MailResult mailFrom(RunResult rendered, MonthlyReport report, Addressing addressing)
            throws MessagingException {
        if (rendered.failed()) {
            return new MailResult(rendered, null, null);
        }
        try {
            MonthlyMessage.Parts parts = MonthlyMail.render(
                    rendered.content(), rendered.history(), report, rendered.site(), siteRender.engine());
            MimeMessage message = MonthlyMessage.build(parts, addressing, MonthlyMessage.offlineSession());
            return new MailResult(rendered, parts, message);
        } catch (TemplateEngine.TemplateFailure e) {
            return new MailResult(rendered.with(List.of(e.diagnostic())), null, null);
        }
    }
}
