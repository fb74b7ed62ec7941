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
        return write(diagnostics, words, null);
    }

    /**
     * As {@link #write(List, Catalogue)}, for the serve overlay: each diagnostic also carries its
     * {@code source} line, the {@code caret} line under it and its {@code tip}, and a {@code texts}
     * object holds the overlay's headings and labels, all worded in the site's language.
     */
    public static String writeForOverlay(List<Diagnostic> diagnostics, Catalogue words, DiagnosticPrinter lines) {
        return write(diagnostics, words, lines);
    }

    /**
     * One diagnostic's fields as {@code check --format json} writes them (severity, code, file, line,
     * column, message, hint), into an object the caller has opened, so that callers may add their own.
     */
    public static void writeFields(JsonGenerator json, Diagnostic d, Catalogue words) throws IOException {
        json.writeStringField("severity", d.severity().id());
        json.writeStringField("code", d.code());
        json.writeStringField("file", d.file());
        json.writeNumberField("line", d.line());
        json.writeNumberField("column", d.column());
        json.writeStringField("message", d.message(words));
        json.writeStringField("hint", d.hint(words));
    }

    private static String write(List<Diagnostic> diagnostics, Catalogue words, DiagnosticPrinter lines) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            json.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : diagnostics) {
                json.writeStartObject();
                writeFields(json, d, words);
                if (lines != null) {
                    java.util.Optional<String> source = lines.sourceLine(d);
                    json.writeStringField("source", source.orElse(""));
                    json.writeStringField(
                            "caret",
                            source.isPresent() && d.column() > 0
                                    ? DiagnosticPrinter.caretPadding(source.get(), d.column()) + "^"
                                    : "");
                    json.writeStringField(
                            "sourceLabel",
                            source.isPresent() ? words.format("serve.overlay.source-line", d.line()) : "");
                    json.writeStringField(
                            "tip", d.hint(words).isEmpty() ? "" : words.format("serve.overlay.tip", d.hint(words)));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            long errors = diagnostics.stream().filter(Diagnostic::isError).count();
            json.writeNumberField("errors", errors);
            json.writeNumberField("warnings", diagnostics.size() - errors);
            if (lines != null) {
                json.writeObjectFieldStart("texts");
                json.writeStringField("errors", words.format("serve.overlay.errors-heading", errors));
                json.writeStringField(
                        "warnings",
                        diagnostics.size() == errors
                                ? ""
                                : words.format("serve.overlay.warnings-heading", diagnostics.size() - errors));
                json.writeStringField("error", words.format("serve.overlay.error-label"));
                json.writeStringField("warning", words.format("serve.overlay.warning-label"));
                json.writeStringField("dismiss", words.format("serve.overlay.dismiss"));
                json.writeStringField("dismissWarnings", words.format("serve.overlay.dismiss-warnings"));
                json.writeStringField("region", words.format("serve.overlay.region-label"));
                json.writeEndObject();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }
}
