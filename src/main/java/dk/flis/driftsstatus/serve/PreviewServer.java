package dk.flis.driftsstatus.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.pipeline.BuildOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live preview: builds once, serves the last good site from memory (never writing to the
 * published {@code site/}), watches content and templates, rebuilds on change and tells open pages
 * to reload, or to show the errors over the last good page.
 */
public final class PreviewServer implements AutoCloseable {
    static final long WATCH_INTERVAL_MILLIS = 40;
    /** How long the folders must stay as a rebuild read them before it is shown (a save in parts is one save). */
    static final long QUIET_MILLIS = 40;

    private final HttpServer http;
    private final EventHub hub = new EventHub();
    private final PreviewBuild build;
    private final FolderWatcher watcher;
    private final Rebuilds rebuilds;
    private final ExecutorService requests = Executors.newCachedThreadPool(daemon("driftsstatus-serve"));
    private final ScheduledExecutorService background =
            Executors.newScheduledThreadPool(3, daemon("driftsstatus-watch"));

    private final EditSession edit;

    private PreviewServer(HttpServer http, BuildOptions options, PrintWriter log, EditSettings settings) {
        this.http = http;
        this.build = new PreviewBuild(options, log, hub);
        this.watcher = new FolderWatcher(
                List.of(options.content(), options.templates()),
                WATCH_INTERVAL_MILLIS,
                QUIET_MILLIS,
                this::requestRebuild);
        this.rebuilds = new Rebuilds(build, watcher);
        InetSocketAddress bound = http.getAddress();
        EditAccess access = EditAccess.decide(bound.getAddress(), url(bound), settings);
        // The watcher compares size and modification time; two same-size saves within a file system's
        // time resolution would go unseen, so a save asks for a rebuild itself (a no-op if seen twice).
        this.edit = new EditSession(
                options,
                new ContentFolder(options.content(), options.workingDirectory()),
                access,
                new RequestGuard.Binding(bound.getAddress(), bound.getPort()),
                this::requestRebuild,
                log);
    }

    /**
     * Builds, then serves on {@code host:port} (0 = any free port), adding the live-reload script
     * ({@link LiveReloadScript}) to every page it serves; log gets the build messages. Editing in the
     * browser is off.
     */
    public static PreviewServer start(BuildOptions options, String host, int port, PrintWriter log) throws IOException {
        return start(options, host, port, log, EditSettings.OFF);
    }

    /**
     * As {@link #start(BuildOptions, String, int, PrintWriter)}, with editing in the browser as
     * {@code settings} and the bound address allow ({@link EditAccess}; {@link #editingLine()} says which).
     */
    public static PreviewServer start(
            BuildOptions options, String host, int port, PrintWriter log, EditSettings settings) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 0);
        PreviewServer server = new PreviewServer(http, options, log, settings);
        server.watcher.begin();
        server.build.rebuild();
        server.build.awaitPdfs();
        http.createContext("/", server::handle);
        http.setExecutor(server.requests);
        http.start();
        server.background.execute(server.watcher);
        server.background.execute(server.rebuilds);
        server.background.scheduleAtFixedRate(server.hub::ping, 15, 15, TimeUnit.SECONDS);
        return server;
    }

    /**
     * One line for the console on editing in the browser: on, off and why, or (remote editing) a
     * warning, which {@link #editingWarns()} tells apart.
     */
    public String editingLine() {
        return edit.access().console();
    }

    /** Whether {@link #editingLine()} is a warning: anyone who can reach the address can edit. */
    public boolean editingWarns() {
        return edit.access().remote();
    }

    /** The port the preview listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The address to open, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        return url(http.getAddress());
    }

    private static String url(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rawPath = exchange.getRequestURI().getRawPath();
            if (edit.access().on()) {
                // Every request, reading too: a DNS-rebound page must not read the edit page and its token.
                try {
                    edit.guard().host(exchange.getRequestHeaders());
                } catch (RequestRefused refused) {
                    edit.log("refused " + exchange.getRequestMethod() + " " + rawPath + ": " + refused.getMessage());
                    respond(
                            exchange,
                            403,
                            "text/plain; charset=utf-8",
                            "Forbidden: unknown Host\n".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                if (exchange.getRequestURI().getHost() != null) { // "POST http://other/… HTTP/1.1"
                    respond(
                            exchange,
                            400,
                            "text/plain; charset=utf-8",
                            "Bad Request\n".getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            if (EditRoutes.owns(rawPath)) {
                new EditRoutes(edit).handle(exchange, rawPath);
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                respond(
                        exchange,
                        405,
                        "text/plain; charset=utf-8",
                        "Only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (LiveReloadScript.EVENTS_PATH.equals(rawPath)) {
                String errors = build.errorsJson();
                hub.attach(exchange, errors == null ? null : "diagnostics", errors);
                return;
            }
            Map<String, byte[]> files = build.files();
            SiteFiles.Lookup lookup =
                    SiteFiles.lookup(rawPath, exchange.getRequestURI().getPath(), files);
            if (lookup instanceof SiteFiles.Found found) {
                String type = SiteFiles.contentType(found.path());
                byte[] body = files.get(found.path());
                if (type.startsWith("text/html")) {
                    body = LiveReloadScript.addedTo(
                            edit.access().on() ? EditLinks.addedTo(found.path(), body, files) : body);
                }
                respond(exchange, 200, type, body);
            } else if (lookup instanceof SiteFiles.Redirect redirect) {
                exchange.getResponseHeaders().set("Location", redirect.location());
                respond(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            } else if (lookup instanceof SiteFiles.Refused) {
                respond(exchange, 403, "text/plain; charset=utf-8", "Forbidden\n".getBytes(StandardCharsets.UTF_8));
            } else {
                respond(exchange, 404, "text/html; charset=utf-8", build.placeholderPage("Siden findes ikke"));
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The build behind the preview: for tests. */
    PreviewBuild build() {
        return build;
    }

    private void requestRebuild() {
        rebuilds.request();
    }

    /** Stops watching and serving; open pages lose their event stream. */
    @Override
    public void close() {
        watcher.stop();
        rebuilds.stop();
        background.shutdownNow();
        hub.closeAll();
        http.stop(0);
        requests.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
