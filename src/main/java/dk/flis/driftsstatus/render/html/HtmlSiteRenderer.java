package dk.flis.driftsstatus.render.html;

import dk.flis.driftsstatus.history.History;
import dk.flis.driftsstatus.model.Area;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.Page;
import dk.flis.driftsstatus.render.RenderedSite;
import dk.flis.driftsstatus.render.TemplateEngine;
import dk.flis.driftsstatus.render.TemplateEngine.TemplateFailure;
import dk.flis.driftsstatus.view.ArchiveViews;
import dk.flis.driftsstatus.view.AreaPageView;
import dk.flis.driftsstatus.view.AreaViews;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Renders the HTML pages: the latest report as {@code index.html}, one page per month under
 * {@code rapporter/}, the archive, one page per area under {@code omraader/}, the free pages under
 * {@code sider/}, the Atom feed and the theme's static files.
 */
public final class HtmlSiteRenderer {
    public static final String ARCHIVE_PATH = "arkiv.html";

    private final TemplateEngine templates;
    private final Path staticFolder;
    private final String liveReloadScript;

    /** {@code liveReloadScript} is injected only by {@code serve}; the published site gets "". */
    public HtmlSiteRenderer(TemplateEngine templates, Path templatesFolder, String liveReloadScript) {
        this.templates = templates;
        this.staticFolder = templatesFolder.resolve("static");
        this.liveReloadScript = liveReloadScript;
    }

    public void render(Content content, boolean withPdf, RenderedSite out) throws TemplateFailure {
        History history = History.of(content);
        ReportViews views = new ReportViews(content, history);
        AreaViews areaViews = new AreaViews(content, history);
        Navigation navigation = new Navigation(navigation(content), areaViews.navigation());
        MonthlyReport latest = content.latest().orElseThrow();
        for (MonthlyReport report : content.reports()) {
            ReportView view = views.view(report, withPdf);
            String path = view.path();
            out.put(path, page("report.ftlh", context(content, view.title(), path, navigation), Map.of("report", view)));
            if (report == latest) {
                out.put("index.html", page("report.ftlh", context(content, view.title(), "index.html", navigation),
                        Map.of("report", view)));
            }
        }
        out.put(ARCHIVE_PATH, page("archive.ftlh", context(content, "Arkiv", ARCHIVE_PATH, navigation),
                Map.of("archive", new ArchiveViews(content, history).view())));
        for (Area area : content.registry().areas()) {
            AreaPageView view = areaViews.view(area);
            String path = AreaViews.areaPath(area.id());
            out.put(path, page("area.ftlh", context(content, view.name(), path, navigation), Map.of("area", view)));
        }
        out.put(FeedViews.PATH, templates.render("feed.ftlx", Map.of("feed", new FeedViews(content, history).view()))
                .getBytes(StandardCharsets.UTF_8));
        for (Page p : content.pages()) {
            String path = pagePath(p);
            out.put(path, page("page.ftlh", context(content, p.title(), path, navigation), Map.of("content", p)));
        }
        copyStatic(out);
    }

    public static String pagePath(Page page) {
        return "sider/" + page.slug() + ".html";
    }

    private List<LinkView> navigation(Content content) {
        List<LinkView> links = new ArrayList<>();
        links.add(new LinkView("Seneste rapport", "index.html"));
        links.add(new LinkView("Arkiv", ARCHIVE_PATH));
        for (Page p : content.pages()) {
            links.add(new LinkView(p.title(), pagePath(p)));
        }
        return links;
    }

    /** The header links and the area links every page shows. */
    private record Navigation(List<LinkView> main, List<NavGroupView> areas) {
    }

    private PageContext context(Content content, String title, String path, Navigation navigation) {
        String root = "../".repeat((int) path.chars().filter(c -> c == '/').count());
        var site = content.site();
        return new PageContext(site.title(), site.organisation(), site.language(), title, root, path, navigation.main(),
                site.accessibilityStatementUrl(), liveReloadScript, navigation.areas());
    }

    private byte[] page(String template, PageContext context, Map<String, Object> model) throws TemplateFailure {
        Map<String, Object> all = new java.util.HashMap<>(model);
        all.put("page", context);
        return templates.render(template, all).getBytes(StandardCharsets.UTF_8);
    }

    private void copyStatic(RenderedSite out) {
        if (!Files.isDirectory(staticFolder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(staticFolder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = staticFolder.relativize(file).toString().replace('\\', '/');
                out.put(relative, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
