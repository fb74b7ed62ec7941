package dk.flis.driftsstatus.diagnostic;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Diagnostics as one line of JSON for tools and editor integrations (and the serve overlay):
 * {@code {"diagnostics":[{"severity","code","file","line","column","message","hint"}…],"errors":N,"warnings":N}}.
 * Field names, severities ("error", "warning") and codes are English and stable; message and hint
 * are in the site's language. The field order is fixed; line and column are 0 when unknown.
 */
public final class DiagnosticJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private DiagnosticJson() {}

    /** The diagnostics as one line of JSON, in the shape the class comment gives. */
    public static String write(List<Diagnostic> diagnostics, Catalogue words) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            json.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : diagnostics) {
                json.writeStartObject();
                json.writeStringField("severity", d.severity().id());
                json.writeStringField("code", d.code());
                json.writeStringField("file", d.file());
                json.writeNumberField("line", d.line());
                json.writeNumberField("column", d.column());
                json.writeStringField("message", d.message(words));
                json.writeStringField("hint", d.hint(words));
                json.writeEndObject();
            }
            json.writeEndArray();
            long errors = diagnostics.stream().filter(Diagnostic::isError).count();
            json.writeNumberField("errors", errors);
            json.writeNumberField("warnings", diagnostics.size() - errors);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }
}
