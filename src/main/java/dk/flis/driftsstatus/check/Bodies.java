package dk.flis.driftsstatus.check;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.load.PageSource;
import dk.flis.driftsstatus.load.ReportSource;
import dk.flis.driftsstatus.markdown.Markdown;
import dk.flis.driftsstatus.markdown.MarkdownProblem;
import dk.flis.driftsstatus.model.DriftNote;
import dk.flis.driftsstatus.model.Page;
import dk.flis.driftsstatus.model.RenderedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Markdown bodies of reports and pages, rendered to safe HTML: a report's preface and its notes
 * by heading (when first asked for), a page whole. Refused links and images, and a heading with no text under it, are
 * errors at their line in the file.
 */
final class Bodies {
    private Bodies() {}

    /** A report's body: the preface (HTML, rendered when first asked for) and each "## heading" with its note, in order. */
    record ReportBody(RenderedText preface, List<Note> notes) {
        ReportBody {
            notes = List.copyOf(notes);
        }
    }

    /** A "## heading" and the note under it; {@code headingAt} points at the heading text. */
    record Note(String heading, SourcePosition headingAt, DriftNote note) {}

    static ReportBody ofReport(ReportSource source, Diagnostics diagnostics) {
        Markdown.Sections sections = source.body().sections();
        reportRefused(source.file(), sections.problems(), source.bodyLineOffset(), diagnostics);
        List<Note> notes = new ArrayList<>();
        for (Markdown.Section section : sections.sections()) {
            SourcePosition at =
                    new SourcePosition(source.file(), section.line() + source.bodyLineOffset(), section.column());
            if (section.markdown().isBlank()) {
                diagnostics.error(at, "section-empty", section.heading());
                continue;
            }
            // Rendered only when a page or a check asks for them: check itself shows no HTML.
            DriftNote note = new DriftNote(
                    section.markdown(), RenderedText.later(section::html), RenderedText.later(section::plainText));
            notes.add(new Note(section.heading(), at, note));
        }
        return new ReportBody(RenderedText.later(sections::prefaceHtml), notes);
    }

    /** A page, or empty when its body refuses something or its title is missing (both reported). */
    static Optional<Page> ofPage(PageSource source, Diagnostics diagnostics) {
        Markdown.Rendered body = source.body().whole();
        reportRefused(source.file(), body.problems(), source.bodyLineOffset(), diagnostics);
        if (!body.problems().isEmpty() || source.title() == null) {
            return Optional.empty();
        }
        return Optional.of(new Page(source.slug(), source.title(), body.html(), source.file()));
    }

    /** Refused links and images, positioned in the whole file rather than in the body. */
    private static void reportRefused(
            String file, List<MarkdownProblem> problems, int bodyLineOffset, Diagnostics diagnostics) {
        for (MarkdownProblem problem : problems) {
            diagnostics.error(
                    new SourcePosition(file, problem.line() + bodyLineOffset, problem.column()),
                    problem.message(),
                    problem.hint());
        }
    }
}
