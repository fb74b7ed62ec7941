package dk.flis.driftsstatus.serve;

import com.sun.net.httpserver.HttpExchange;
import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.pipeline.Caches;
import dk.flis.driftsstatus.pipeline.Pipeline;
import dk.flis.driftsstatus.pipeline.RunResult;
import dk.flis.driftsstatus.scaffold.NewMonthRule;
import dk.flis.driftsstatus.scaffold.NextReport;
import dk.flis.driftsstatus.scaffold.ReportFileWriter;
import dk.flis.driftsstatus.view.EditMessageView;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Ny måned": {@code GET /_driftsstatus/ny-maaned} asks, {@code POST} creates the month after the
 * latest report exactly as {@code ./driftsstatus new} does (the same plan and the same writer), and
 * never replaces a report. Then it opens the new month's form.
 */
final class NewMonthRoute {
    static final String PATH = "/_driftsstatus/ny-maaned";

    private final EditSession session;

    NewMonthRoute(EditSession session) {
        this.session = session;
    }

    void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        boolean post = method.equals("POST");
        if (!post && !method.equals("GET") && !method.equals("HEAD")) {
            EditResponses.text(exchange, 405, "Method Not Allowed\n");
            return;
        }
        if (!session.access().on()) {
            EditResponses.text(exchange, 403, "Forbidden: editing is off\n");
            return;
        }
        if (post) {
            try {
                session.guard().post(exchange.getRequestHeaders());
                Map<String, String> fields = FormBody.read(
                        exchange.getRequestBody(), exchange.getRequestHeaders().getFirst("Content-Length"));
                if (!session.guard().tokenMatches(fields.get("token"))) {
                    throw new RequestRefused(403, "Forbidden: token");
                }
            } catch (RequestRefused refused) {
                session.log("refused POST " + PATH + ": " + refused.getMessage());
                EditResponses.text(exchange, refused.status(), refused.getMessage() + "\n");
                return;
            }
        }
        RunResult checked = new Pipeline(session.options(), Caches.inMemory()).check();
        if (checked.failed()) {
            page(
                    exchange,
                    409,
                    List.of("Indholdet har fejl; ret dem først – forhåndsvisningen viser dem."),
                    List.of(),
                    null);
            return;
        }
        Content content = checked.content();
        YearMonth month = content.latest().orElseThrow().month().plusMonths(1);
        Path file = session.reportFile(month);
        Optional<NextReport> plan = NextReport.plan(content, month);
        if (Files.exists(file) || plan.isEmpty()) {
            page(exchange, 409, List.of(EditTexts.exists(month)), List.of(), null);
            return;
        }
        // The same refusal as ./driftsstatus new: never more than one month after today's month.
        Optional<Diagnostic> tooFar = NewMonthRule.refusal(
                month,
                false,
                LocalDate.now(ZoneId.of("Europe/Copenhagen")),
                content.latest().orElseThrow().month(),
                session.folder().shown(session.reportFile(month.minusMonths(1))),
                session.folder().shown(file));
        if (tooFar.isPresent()) {
            page(
                    exchange,
                    409,
                    List.of(tooFar.get().message(session.words()), tooFar.get().hint(session.words())),
                    List.of(),
                    null);
            return;
        }
        if (!post) {
            page(
                    exchange,
                    200,
                    List.of(EditTexts.newMonthQuestion(month, plan.get().base().month())),
                    items(plan.get(), session.words()),
                    month);
            return;
        }
        try {
            session.saver().create(file, ReportFileWriter.write(plan.get()));
        } catch (FileAlreadyExistsException e) {
            page(exchange, 409, List.of(EditTexts.exists(month)), List.of(), null);
            return;
        }
        session.log("Created " + session.folder().shown(file) + " from the browser (Ny måned).");
        session.saved();
        EditResponses.seeOther(exchange, EditRoutes.PREFIX + month);
    }

    private static List<String> items(NextReport plan, Catalogue words) {
        List<String> items = new ArrayList<>();
        for (NextReport.Carried c : plan.carried()) {
            items.add("Føres videre: " + c.area().name() + ": " + c.status() + (c.note() != null ? ", med noten" : ""));
        }
        plan.review().forEach(line -> items.add("Tjek før du udgiver: " + words.format(line)));
        return items;
    }

    private void page(HttpExchange exchange, int status, List<String> text, List<String> items, YearMonth month)
            throws IOException {
        EditResponses.html(
                exchange,
                status,
                session.pages()
                        .message(new EditMessageView(
                                EditTexts.NEW_MONTH_TITLE,
                                text,
                                items,
                                "/",
                                "Tilbage til forsiden",
                                month == null ? "" : PATH,
                                month == null ? "" : EditTexts.newMonthButton(month),
                                session.token())));
    }
}
