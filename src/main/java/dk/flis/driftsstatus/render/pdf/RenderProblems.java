package dk.flis.driftsstatus.render.pdf;

import com.openhtmltopdf.util.Diagnostic;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

/**
 * Turns what openhtmltopdf and the resource lock-down noticed during one render into diagnostics.
 * Missing fonts and titles are errors: such text would vanish from the page, and
 * such a document would not be PDF/UA.
 */
final class RenderProblems {
    private static final Set<String> ERRORS =
            Set.of("RENDER_FONT_LIST_IS_EMPTY", "GENERAL_PDF_ACCESSIBILITY_NO_DOCUMENT_TITLE_PROVIDED");

    private final String template;

    RenderProblems(String template) {
        this.template = template;
    }

    void report(List<Diagnostic> warnings, List<String> refused, Diagnostics diagnostics) {
        for (Diagnostic d : warnings) {
            if (d.getLevel().intValue() < Level.WARNING.intValue()) {
                continue;
            }
            String id = String.valueOf(d.getLogMessageId());
            String message = d.getFormattedMessage().strip();
            if (ERRORS.contains(id)) {
                diagnostics.error(SourcePosition.of(template), "pdf-font-or-title", message);
            } else {
                diagnostics.warning(SourcePosition.of(template), "pdf-warning", message, template);
            }
        }
        for (String uri : refused) {
            // Notes cannot carry images (the Markdown renderer drops them), so a request comes from the theme.
            diagnostics.warning(SourcePosition.of(template), "pdf-resource-refused", uri);
        }
    }
}
