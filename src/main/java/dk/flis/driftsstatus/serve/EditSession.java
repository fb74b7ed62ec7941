package dk.flis.driftsstatus.serve;

import com.sun.net.httpserver.HttpExchange;
import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.edit.FormCheck;
import dk.flis.driftsstatus.edit.ReportFileSaver;
import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.load.ContentLoader;
import dk.flis.driftsstatus.load.LoadedContent;
import dk.flis.driftsstatus.load.ParsedReports;
import dk.flis.driftsstatus.pipeline.BuildOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;

/**
 * What the editor shares for as long as serve runs: whether editing is on, the per-process token
 * the pages carry (never in a URL or a cookie), the request guard, the pages, one checker and one
 * saver (so saves never interleave), and what to do after a save.
 */
final class EditSession {
    private final BuildOptions options;
    private final ContentFolder folder;
    private final EditAccess access;
    private final String token;
    private final RequestGuard guard;
    private final EditPages pages;
    private final FormCheck check;
    private final ReportFileSaver saver = new ReportFileSaver();
    private final ParsedReports parsed = new ParsedReports();
    private final Catalogue words;
    private final Runnable afterSave;
    private final PrintWriter log;

    EditSession(
            BuildOptions options,
            ContentFolder folder,
            EditAccess access,
            RequestGuard.Binding binding,
            Runnable afterSave,
            PrintWriter log) {
        this.options = options;
        this.folder = folder;
        this.access = access;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        this.guard = new RequestGuard(binding.address(), binding.port(), access.remote(), token);
        this.words = Catalogue.forContent(folder.root());
        this.pages = new EditPages(words);
        this.check = new FormCheck(folder);
        this.afterSave = afterSave;
        this.log = log;
    }

    /** The run's options, for the checks "Ny måned" makes as {@code new} does. */
    BuildOptions options() {
        return options;
    }

    /** The site's language for diagnostics, read when serve started. */
    Catalogue words() {
        return words;
    }

    ContentFolder folder() {
        return folder;
    }

    EditAccess access() {
        return access;
    }

    String token() {
        return token;
    }

    RequestGuard guard() {
        return guard;
    }

    EditPages pages() {
        return pages;
    }

    FormCheck check() {
        return check;
    }

    ReportFileSaver saver() {
        return saver;
    }

    ZoneId zone() {
        return ZoneId.systemDefault();
    }

    /** The month's report file: made from the validated month alone. */
    Path reportFile(YearMonth month) {
        return folder.reports().resolve(month + ".md");
    }

    /** The content as read now, for the site's settings and registry. */
    synchronized LoadedContent load(Diagnostics diagnostics) {
        return ContentLoader.load(folder, diagnostics, parsed);
    }

    void saved() {
        afterSave.run();
    }

    void log(String line) {
        synchronized (log) {
            log.println(line);
            log.flush();
        }
    }

    /** The script or stylesheet of the edit page, bundled with the program. */
    void asset(HttpExchange exchange, String name) throws IOException {
        if (!exchange.getRequestMethod().equals("GET")
                && !exchange.getRequestMethod().equals("HEAD")) {
            EditResponses.text(exchange, 405, "Method Not Allowed\n");
            return;
        }
        try (InputStream in = EditSession.class.getResourceAsStream(name)) {
            if (in == null) {
                EditResponses.text(exchange, 404, "Not Found\n");
                return;
            }
            String type = name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
            EditResponses.send(exchange, 200, type, in.readAllBytes());
        }
    }
}
