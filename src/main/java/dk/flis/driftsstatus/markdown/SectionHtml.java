package dk.flis.driftsstatus.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import java.util.List;

/**
 * The safe HTML of a report body, split at its level-2 headings: rendered and cleaned once, for all
 * parts, when the first part is asked for, then kept (the parsed document is let go). Part 0 is the
 * preface, part {@code i} the text under the {@code i}-th heading. Safe to share between threads.
 */
final class SectionHtml {
    private final HtmlRenderer renderer;
    private final int headings;
    private Document document;
    private List<SafeHtml.Part> parts;

    SectionHtml(HtmlRenderer renderer, Document document, int headings) {
        this.renderer = renderer;
        this.document = document;
        this.headings = headings;
    }

    /** The cleaned HTML of part {@code index}, and its text on one line. */
    synchronized SafeHtml.Part part(int index) {
        if (parts == null) {
            List<SafeHtml.Part> rendered =
                    SafeHtml.cleanParts(renderer.render(document), "<h2 " + Markdown.SECTION_MARK, "</h2>");
            if (rendered.size() != headings + 1) {
                throw new IllegalStateException("rendered " + rendered.size() + " parts for " + headings + " headings");
            }
            parts = rendered;
            document = null;
        }
        return parts.get(index);
    }
}
