package dk.flis.driftsstatus.serve;

import com.sun.net.httpserver.HttpExchange;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.edit.CanonicalReport;
import dk.flis.driftsstatus.edit.FieldDiagnostics;
import dk.flis.driftsstatus.edit.ReportForm;
import dk.flis.driftsstatus.edit.ReportReader;
import dk.flis.driftsstatus.load.LoadedContent;
import dk.flis.driftsstatus.load.SourceText;
import dk.flis.driftsstatus.render.Sha256;
import dk.flis.driftsstatus.render.SitePaths;
import dk.flis.driftsstatus.view.EditMessageView;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edit form's routes under {@code /_driftsstatus/rediger/YYYY-MM}: the form (GET), Gem
 * ({@code /gem}), a check without saving ({@code /kontrol}) and a note's preview ({@code /note}).
 * The file written is {@code reports/} + a validated month + {@code .md}: no request text ever
 * becomes part of a path. Every POST passes the {@link RequestGuard} before its body is read.
 */
final class EditRoutes {
    static final String PREFIX = "/_driftsstatus/rediger/";
    private static final Pattern ROUTE =
            Pattern.compile("^/_driftsstatus/rediger/(\\d{4})-(\\d{2})(?:/(gem|kontrol|note))?$");

    private final EditSession session;

    EditRoutes(EditSession session) {
        this.session = session;
    }

    /** Whether {@code rawPath} is one of the editor's, to be handled here. */
    static boolean owns(String rawPath) {
        return rawPath.startsWith(PREFIX)
                || rawPath.startsWith("/_driftsstatus/edit.")
                || rawPath.equals(NewMonthRoute.PATH);
    }

    void handle(HttpExchange exchange, String rawPath) throws IOException {
        String method = exchange.getRequestMethod();
        if (rawPath.equals("/_driftsstatus/edit.js") || rawPath.equals("/_driftsstatus/edit.css")) {
            session.asset(exchange, rawPath.substring("/_driftsstatus/".length()));
            return;
        }
        if (rawPath.equals(NewMonthRoute.PATH)) {
            new NewMonthRoute(session).handle(exchange);
            return;
        }
        Matcher match = ROUTE.matcher(rawPath);
        Optional<YearMonth> month = match.matches() ? month(match) : Optional.empty();
        if (month.isEmpty()) {
            EditResponses.text(exchange, 404, "Not Found\n");
            return;
        }
        String action = match.group(3);
        boolean post = method.equals("POST");
        if (action == null ? !method.equals("GET") && !method.equals("HEAD") : !post) {
            EditResponses.text(exchange, 405, "Method Not Allowed\n");
            return;
        }
        if (!session.access().on()) {
            if (post) {
                EditResponses.text(exchange, 403, "Forbidden: editing is off\n");
            } else {
                EditResponses.html(exchange, 403, session.pages().message(offPage(month.get())));
            }
            return;
        }
        if (action == null) {
            showForm(exchange, month.get());
            return;
        }
        Map<String, String> fields;
        try {
            session.guard().post(exchange.getRequestHeaders());
            fields = FormBody.read(
                    exchange.getRequestBody(), exchange.getRequestHeaders().getFirst("Content-Length"));
        } catch (RequestRefused refused) {
            session.log("refused " + method + " " + rawPath + ": " + refused.getMessage());
            EditResponses.text(exchange, refused.status(), refused.getMessage() + "\n");
            return;
        }
        new EditSubmission(session, exchange, month.get(), fields).answer(action);
    }

    private static Optional<YearMonth> month(Matcher match) {
        try {
            return Optional.of(YearMonth.of(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private EditMessageView offPage(YearMonth month) {
        return new EditMessageView(
                "Redigering er slået fra",
                List.of(session.access().offReason()),
                List.of(),
                "/" + SitePaths.report(month),
                "Tilbage til rapporten",
                "",
                "",
                "");
    }

    private void showForm(HttpExchange exchange, YearMonth month) throws IOException {
        Path file = session.reportFile(month);
        String shown = session.folder().shown(file);
        if (Files.isSymbolicLink(file)) {
            EditResponses.html(exchange, 403, session.pages().message(simple(EditTexts.LINKED, month, List.of())));
            return;
        }
        if (!Files.isRegularFile(file)) {
            EditResponses.html(
                    exchange, 404, session.pages().message(simple(EditTexts.noReport(month), month, List.of())));
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        String base = Sha256.hex(bytes);
        Diagnostics diagnostics = new Diagnostics();
        LoadedContent loaded = session.load(diagnostics);
        Optional<ReportReader.Read> read = decode(bytes, shown, diagnostics)
                .flatMap(text ->
                        ReportReader.read(loaded, shown, file.getFileName().toString(), text, diagnostics));
        if (read.isEmpty()) {
            List<String> items = diagnostics.sorted().stream()
                    .filter(d -> d.file().equals(shown))
                    .map(d -> d.headline(session.words())
                            + (d.hint(session.words()).isEmpty() ? "" : " Tip: " + d.hint(session.words())))
                    .toList();
            EditResponses.html(exchange, 200, session.pages().message(simple(EditTexts.BROKEN, month, items)));
            return;
        }
        ReportForm form = read.get().form();
        String query =
                Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
        String saved = query.equals("gemt=1")
                ? EditTexts.saved(LocalTime.now(session.zone()), shown)
                : query.equals("uaendret=1") ? EditTexts.UNCHANGED : "";
        String original = new String(bytes, StandardCharsets.UTF_8);
        List<String> rewrite =
                RewriteNotice.of(original, CanonicalReport.write(form).text(), read.get());
        EditPages.Boxes boxes = new EditPages.Boxes(saved, "", "", "", "", rewrite);
        EditResponses.html(
                exchange,
                200,
                session.pages()
                        .form(
                                form,
                                loaded.site().orElseThrow(),
                                loaded.registry().orElseThrow(),
                                FieldDiagnostics.NONE,
                                shown,
                                session.token(),
                                base,
                                boxes));
    }

    private static EditMessageView simple(String text, YearMonth month, List<String> items) {
        return new EditMessageView(
                EditTexts.title(month),
                List.of(text),
                items,
                "/" + SitePaths.report(month),
                "Tilbage til rapporten",
                "",
                "",
                "");
    }

    /** The file's text as the loader reads it (strict UTF-8, no byte-order mark), or empty (reported). */
    private static Optional<String> decode(byte[] bytes, String shown, Diagnostics diagnostics) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return SourceText.checked(text.startsWith("\uFEFF") ? text.substring(1) : text, shown, diagnostics);
        } catch (CharacterCodingException e) {
            diagnostics.error(dk.flis.driftsstatus.diagnostic.SourcePosition.of(shown), "not-utf8");
            return Optional.empty();
        }
    }
}
