package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.markdown.Markdown;
import dk.flis.driftsstatus.model.Page;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a free page from {@code content/pages/NAME.md}: front matter with a title, then Markdown. */
public final class PageLoader {
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.md");

    private PageLoader() {
    }

    public static Optional<Page> load(String file, String fileName, String text, Diagnostics diagnostics) {
        if (!FILE_NAME.matcher(fileName).matches()) {
            diagnostics.error(SourcePosition.of(file), "a page file name must be lower-case letters, digits and hyphens",
                    "rename it, e.g. opdateringsfrekvens.md; the name becomes the page's address");
            return Optional.empty();
        }
        return FrontMatter.split(file, text, diagnostics).flatMap(fm -> Fields.of(fm.yaml(), "the front matter", diagnostics)
                .flatMap(f -> {
                    Optional<String> title = f.requiredText("title");
                    f.rejectUnknownKeys();
                    String slug = fileName.substring(0, fileName.length() - 3);
                    Markdown.Rendered body = Markdown.instance().render(fm.body());
                    ReportLoader.reportRefused(file, body.problems(), fm.bodyLineOffset(), diagnostics);
                    if (!body.problems().isEmpty()) {
                        return Optional.empty();
                    }
                    return title.map(t -> new Page(slug, t.strip(), body.html(), file));
                }));
    }
}
