package dk.flis.driftsstatus.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.diagnostic.DiagnosticJson;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.edit.FieldDiagnostics;
import dk.flis.driftsstatus.edit.FormCheck;
import dk.flis.driftsstatus.edit.FormFields;
import dk.flis.driftsstatus.edit.ReportFileSaver;
import dk.flis.driftsstatus.load.LoadedContent;
import dk.flis.driftsstatus.markdown.Markdown;
import dk.flis.driftsstatus.render.SitePaths;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One POST to the form that passed the guard: Gem, Kontrollér or a note's preview. Whatever is
 * refused, the page comes back with the editor's values in it, so nothing typed is lost.
 */
final class EditSubmission {
    private static final JsonFactory JSON = new JsonFactory();

    private final EditSession session;
    private final HttpExchange exchange;
    private final YearMonth month;
    private final Map<String, String> fields;

    EditSubmission(EditSession session, HttpExchange exchange, YearMonth month, Map<String, String> fields) {
        this.session = session;
        this.exchange = exchange;
        this.month = month;
        this.fields = fields;
    }

    void answer(String action) throws IOException {
        boolean tokenOk = session.guard().tokenMatches(fields.get("token"));
        if (action.equals("note")) {
            if (!tokenOk) {
                EditResponses.text(exchange, 403, "Forbidden: token\n");
                return;
            }
            String html = Markdown.instance()
                    .render(fields.getOrDefault("markdown", ""))
                    .html();
            EditResponses.json(exchange, 200, json(g -> g.writeStringField("html", html)));
            return;
        }
        Diagnostics loading = new Diagnostics();
        LoadedContent loaded = session.load(loading);
        if (loaded.site().isEmpty() || loaded.registry().isEmpty()) {
            EditResponses.text(exchange, 409, "site.json or areas.json has errors; the preview shows them\n");
            return;
        }
        FormFields.Decoded decoded;
        try {
            decoded = FormFields.decode(
                    fields, loaded.site().get(), loaded.registry().get(), month);
        } catch (FormFields.AreasChanged e) {
            page(
                    409,
                    e.kept(),
                    FieldDiagnostics.NONE,
                    loaded,
                    fields.getOrDefault("baseSha256", ""),
                    boxes("", "", "", EditTexts.AREAS_CHANGED));
            return;
        } catch (FormFields.Tampered e) {
            session.log("refused a form for " + month + ": " + e.getMessage());
            EditResponses.text(exchange, 400, "Bad Request: " + e.getMessage() + "\n");
            return;
        }
        Path file = session.reportFile(month);
        String shown = session.folder().shown(file);
        String base = fields.getOrDefault("baseSha256", "");
        if (!tokenOk) {
            page(403, decoded, FieldDiagnostics.NONE, loaded, base, boxes("", "", "", EditTexts.TOKEN));
            return;
        }
        FormCheck.Outcome outcome = session.check().run(decoded, file);
        if (action.equals("kontrol")) {
            String accept = exchange.getRequestHeaders().getFirst("Accept");
            if (accept != null && accept.contains("application/json")) {
                EditResponses.json(exchange, 200, checkJson(outcome.diagnostics(), session.words()));
            } else {
                page(200, decoded, outcome.diagnostics(), loaded, base, EditPages.Boxes.NONE);
            }
            return;
        }
        if (!outcome.canSave()) {
            page(422, decoded, outcome.diagnostics(), loaded, base, EditPages.Boxes.NONE);
            return;
        }
        String overwrite = fields.get("overwriteSha256");
        ReportFileSaver.Outcome saved =
                session.saver().save(file, outcome.canonical().text(), base, overwrite);
        if (saved instanceof ReportFileSaver.Saved) {
            session.log("Saved " + shown + " from the edit form.");
            session.saved();
            EditResponses.seeOther(exchange, EditRoutes.PREFIX + month + "?gemt=1");
        } else if (saved instanceof ReportFileSaver.Unchanged) {
            EditResponses.seeOther(exchange, EditRoutes.PREFIX + month + "?uaendret=1");
        } else if (saved instanceof ReportFileSaver.Stale stale) {
            String text =
                    stale.currentSha256().equals(ReportFileSaver.ABSENT) ? EditTexts.DELETED : EditTexts.stale(shown);
            page(
                    409,
                    decoded,
                    outcome.diagnostics(),
                    loaded,
                    base,
                    boxes(text, "/" + SitePaths.report(month), stale.currentSha256(), ""));
        } else {
            page(403, decoded, outcome.diagnostics(), loaded, base, boxes("", "", "", EditTexts.LINKED));
        }
    }

    private static EditPages.Boxes boxes(String stale, String staleHref, String overwrite, String notice) {
        return new EditPages.Boxes("", stale, staleHref, overwrite, notice, List.of());
    }

    private void page(
            int status,
            FormFields.Decoded decoded,
            FieldDiagnostics diagnostics,
            LoadedContent loaded,
            String base,
            EditPages.Boxes boxes)
            throws IOException {
        String shown = session.folder().shown(session.reportFile(month));
        EditResponses.html(
                exchange,
                status,
                session.pages()
                        .form(
                                decoded.form(),
                                loaded.site().get(),
                                loaded.registry().get(),
                                diagnostics,
                                shown,
                                session.token(),
                                base,
                                boxes));
    }

    /** The check for the page's script: each diagnostic with the id of its field. */
    static String checkJson(FieldDiagnostics diagnostics, Catalogue words) throws IOException {
        return json(g -> {
            g.writeArrayFieldStart("diagnostics");
            for (FieldDiagnostics.Placed p : diagnostics.thisReport()) {
                write(g, p.diagnostic(), words);
                g.writeStringField("field", p.field());
                g.writeNumberField("fieldLine", p.fieldLine());
                g.writeNumberField("fieldColumn", p.fieldColumn());
                g.writeEndObject();
            }
            for (Diagnostic d : diagnostics.otherFiles()) {
                write(g, d, words);
                g.writeStringField("field", "");
                g.writeNumberField("fieldLine", 0);
                g.writeNumberField("fieldColumn", 0);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("errors", diagnostics.errors());
            g.writeNumberField("warnings", diagnostics.warnings());
            g.writeNumberField(
                    "otherErrors",
                    diagnostics.otherFiles().stream()
                            .filter(Diagnostic::isError)
                            .count());
            g.writeBooleanField("canSave", diagnostics.canSave());
        });
    }

    private static void write(JsonGenerator g, Diagnostic d, Catalogue words) throws IOException {
        g.writeStartObject();
        DiagnosticJson.writeFields(g, d, words);
    }

    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private static String json(Fields fields) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        }
        return text.toString();
    }
}
