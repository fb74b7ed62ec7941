package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.diagnostic.Text;
import dk.flis.driftsstatus.markdown.MarkdownBody;
import java.util.Optional;

/** Reads a free page from {@code content/pages/NAME.md}: front matter with a title, then Markdown. */
public final class PageLoader {
    private PageLoader() {}

    /** The page, or empty when its name or front matter is wrong (reported); its body is rendered by the check. */
    public static Optional<PageSource> load(String file, String fileName, String text, Diagnostics diagnostics) {
        if (!fileName.endsWith(".md") || !Slug.isSlug(fileName.substring(0, fileName.length() - 3))) {
            diagnostics.error(SourcePosition.of(file), "page-file-name");
            return Optional.empty();
        }
        return FrontMatter.split(file, text, diagnostics)
                .flatMap(fm -> Fields.of(fm.yaml(), Text.of("term.where.page"), diagnostics)
                        .flatMap(f -> {
                            Optional<String> title = f.requiredText("title");
                            f.rejectUnknownKeys();
                            String slug = fileName.substring(0, fileName.length() - 3);
                            return Optional.of(new PageSource(
                                    slug,
                                    title.map(String::strip).orElse(null),
                                    new MarkdownBody(fm.body()),
                                    fm.bodyLineOffset(),
                                    file));
                        }));
    }
}
