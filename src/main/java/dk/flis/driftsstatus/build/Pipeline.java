package dk.flis.driftsstatus.build;

import dk.flis.driftsstatus.check.ContentChecker;
import dk.flis.driftsstatus.diagnostic.ContentErrors;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.load.ContentLoader;
import dk.flis.driftsstatus.load.LoadedContent;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.publish.SitePublisher;
import dk.flis.driftsstatus.render.RenderedSite;
import dk.flis.driftsstatus.render.TemplateEngine;
import dk.flis.driftsstatus.render.html.HtmlSiteRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * The recipe: load the editors' files, check them against each other, render every output in
 * memory, and publish only if nothing failed. Every command goes through here.
 */
public final class Pipeline {
    private final BuildOptions options;
    private final Diagnostics diagnostics;

    public Pipeline(BuildOptions options, Diagnostics diagnostics) {
        this.options = options;
        this.diagnostics = diagnostics;
    }

    /** Load and check; the content when there were no errors. */
    public Optional<Content> check() {
        ContentFolder folder = new ContentFolder(options.content(), options.workingDirectory());
        LoadedContent loaded = ContentLoader.load(folder, diagnostics);
        return ContentChecker.check(loaded, diagnostics);
    }

    /** Load, check and render, without touching the output folder. */
    public RenderedSite render(Content content) throws ContentErrors {
        if (!Files.isDirectory(options.templates())) {
            diagnostics.error(SourcePosition.of(shown(options.templates())), "the templates folder does not exist",
                    "run from the project folder, or pass --templates PATH");
            throw new ContentErrors(diagnostics.sorted());
        }
        try {
            TemplateEngine templates = new TemplateEngine(options.templates(), shown(options.templates()));
            RenderedSite site = new RenderedSite();
            new HtmlSiteRenderer(templates, options.templates(), options.liveReloadScript())
                    .render(content, false, site);
            return site;
        } catch (TemplateEngine.TemplateFailure e) {
            diagnostics.add(e.diagnostic());
            throw new ContentErrors(diagnostics.sorted());
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(shown(options.templates())), "cannot read the templates: " + e.getMessage(),
                    "check the folder's permissions");
            throw new ContentErrors(diagnostics.sorted());
        }
    }

    /** The whole recipe; throws with every diagnostic when anything is wrong, leaving the output as it was. */
    public Content build() throws ContentErrors, IOException {
        SitePublisher.recover(options.output()); // a build killed earlier must not leave site/ missing
        Content content = check().orElseThrow(() -> new ContentErrors(diagnostics.sorted()));
        RenderedSite site = render(content);
        SitePublisher.publish(site, options.output());
        return content;
    }

    private String shown(java.nio.file.Path path) {
        return ContentFolder.shown(options.workingDirectory(), path);
    }
}
