package dk.flis.driftsstatus.render.html;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.history.History;
import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.model.Area;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.Page;
import dk.flis.driftsstatus.render.OutputJob;
import dk.flis.driftsstatus.render.RenderedSite;
import dk.flis.driftsstatus.render.SitePaths;
import dk.flis.driftsstatus.render.TemplateEngine;
import dk.flis.driftsstatus.view.ArchiveViews;
import dk.flis.driftsstatus.view.AreaPageView;
import dk.flis.driftsstatus.view.AreaViews;
import dk.flis.driftsstatus.view.FeedView;
import dk.flis.driftsstatus.view.FeedViews;
import dk.flis.driftsstatus.view.LinkView;
import dk.flis.driftsstatus.view.NavGroupView;
import dk.flis.driftsstatus.view.PageContext;
import dk.flis.driftsstatus.view.ReportView;
import dk.flis.driftsstatus.view.ReportViews;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Renders the HTML pages: the latest report as {@code index.html}, one page per month under
 * {@code rapporter/}, the archive, one page per area under {@code omraader/}, the free pages under
 * {@code sider/}, the Atom feed and the theme's static files.
 */
public final class HtmlSiteRenderer {
    private final TemplateEngine templates;
    private final Path templatesFolder;
    private final String shownTemplates;
    private final Path staticFolder;

    /** {@code shownTemplates} names the templates folder in messages. */
    public HtmlSiteRenderer(TemplateEngine templates, Path templatesFolder, String shownTemplates) {
        this.templates = templates;
        this.templatesFolder = templatesFolder;
        this.shownTemplates = shownTemplates;
        this.staticFolder = templatesFolder.resolve("static");
    }

    /**
     * The jobs that make every page and the feed, with their view records already built; the static
     * files are copied into {@code out} directly (a link out of the templates folder is an error).
     */
    public List<OutputJob> jobs(
            Content content, History history, boolean withPdf, RenderedSite out, Diagnostics diagnostics) {
        AreaViews areaViews = new AreaViews(content, history);
        Navigation navigation = new Navigation(navigation(content), areaViews.navigation());
        List<OutputJob> jobs = reportJobs(content, history, withPdf, navigation, month -> true);
        jobs.add(page(
                SitePaths.ARCHIVE,
                "archive.ftlh",
                context(content, "Arkiv", SitePaths.ARCHIVE, navigation),
                "archive",
                new ArchiveViews(content, history).view()));
        for (Area area : content.registry().areas()) {
            AreaPageView view = areaViews.view(area);
            String path = SitePaths.area(area.id());
            jobs.add(page(path, "area.ftlh", context(content, view.name(), path, navigation), "area", view));
        }
        FeedView feed = new FeedViews(content, history).view();
        jobs.add(new OutputJob(
                SitePaths.FEED,
                List.of("feed.ftlx"),
                feed,
                () -> templates.render("feed.ftlx", Map.of("feed", feed)).getBytes(StandardCharsets.UTF_8)));
        for (Page p : content.pages()) {
            String path = SitePaths.page(p.slug());
            jobs.add(page(path, "page.ftlh", context(content, p.title(), path, navigation), "content", p));
        }
        copyStatic(out, diagnostics);
        return jobs;
    }

    /**
     * The jobs of the report pages of {@code months} only, with {@code index.html} when the latest
     * month is among them: the same jobs {@link #jobs} makes for those paths. {@code serve} renders
     * the pages of the month just saved first, so that they need not wait for the rest of the site.
     */
    public List<OutputJob> reportJobs(Content content, History history, boolean withPdf, Set<YearMonth> months) {
        Navigation navigation = new Navigation(navigation(content), new AreaViews(content, history).navigation());
        return reportJobs(content, history, withPdf, navigation, months::contains);
    }

    private List<OutputJob> reportJobs(
            Content content, History history, boolean withPdf, Navigation navigation, Predicate<YearMonth> months) {
        ReportViews views = new ReportViews(content, history);
        MonthlyReport latest = content.latest().orElseThrow();
        List<OutputJob> jobs = new ArrayList<>();
        for (MonthlyReport report : content.reports()) {
            if (!months.test(report.month())) {
                continue;
            }
            ReportView view = views.view(report, withPdf);
            String path = view.path();
            jobs.add(page(path, "report.ftlh", context(content, view.title(), path, navigation), "report", view));
            if (report == latest) {
                jobs.add(page(
                        SitePaths.INDEX,
                        "report.ftlh",
                        context(content, view.title(), SitePaths.INDEX, navigation),
                        "report",
                        view));
            }
        }
        return jobs;
    }

    private List<LinkView> navigation(Content content) {
        List<LinkView> links = new ArrayList<>();
        links.add(new LinkView("Seneste rapport", SitePaths.INDEX));
        links.add(new LinkView("Arkiv", SitePaths.ARCHIVE));
        for (Page p : content.pages()) {
            links.add(new LinkView(p.title(), SitePaths.page(p.slug())));
        }
        return links;
    }

    /** The header links and the area links every page shows. */
    private record Navigation(List<LinkView> main, List<NavGroupView> areas) {}

    private PageContext context(Content content, String title, String path, Navigation navigation) {
        String root = SitePaths.rootFrom(path);
        var site = content.site();
        return new PageContext(
                site.title(),
                site.organisation(),
                site.language(),
                title,
                root,
                path,
                navigation.main(),
                site.accessibilityStatementUrl(),
                navigation.areas());
    }

    /** A page job: the template gets {@code page} and the view under {@code name}; both are its input. */
    private OutputJob page(String path, String template, PageContext context, String name, Record view) {
        Map<String, Object> model = Map.of("page", context, name, view);
        return new OutputJob(
                path,
                List.of(template),
                List.of(context, name, view),
                () -> templates.render(template, model).getBytes(StandardCharsets.UTF_8));
    }

    private void copyStatic(RenderedSite out, Diagnostics diagnostics) {
        if (!Files.isDirectory(staticFolder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(staticFolder)) {
            for (Path file : files.sorted().toList()) {
                String relative = staticFolder.relativize(file).toString().replace('\\', '/');
                Optional<Path> outside = ContentFolder.linkOutside(templatesFolder, file);
                if (outside.isPresent()) {
                    diagnostics.error(
                            SourcePosition.of(shownTemplates + "/static/" + relative),
                            "link-outside-templates",
                            outside.get().toString(),
                            shownTemplates);
                } else if (Files.isRegularFile(file)) {
                    out.put(relative, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
