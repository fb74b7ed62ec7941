package dk.flis.driftsstatus.gate;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium (Debian's {@code chromium} via its {@code chromedriver}, never Selenium
 * Manager) reused for every page: pages are served from 127.0.0.1, the viewport is set exactly
 * through CDP, axe-core is injected after each load, and full-page screenshots can be saved.
 */
final class AxeBrowser implements AutoCloseable {
    static final Path AXE =
            dk.flis.driftsstatus.FixtureSite.PROJECT.resolve("tools/a11y/node_modules/axe-core/axe.min.js");
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final int HEIGHT = 800;

    /** One axe violation: "history/arkiv.html @320px: color-contrast (serious) … -> [targets]". */
    record Violation(String page, int width, String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return page + " @" + width + "px: " + id + " (" + impact + ") " + help + " -> " + targets;
        }
    }

    private final HttpServer server;
    private final ChromeDriver driver;
    private final String axeSource;
    private final Path profile;

    /** The reason the browser cannot run here, or null when Chromium, chromedriver and axe are installed. */
    static String missingTool() {
        return dk.flis.driftsstatus.BrowserGates.missing(
                Path.of(dk.flis.driftsstatus.HeadlessChromium.CHROMIUM),
                Path.of(dk.flis.driftsstatus.HeadlessChromium.CHROMEDRIVER),
                AXE);
    }

    private final String base;

    AxeBrowser(Path root) throws IOException {
        this(serve(root), null);
    }

    private AxeBrowser(HttpServer server, String base) throws IOException {
        axeSource = Files.readString(AXE);
        this.server = server;
        this.base =
                base != null ? base : "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        profile = Files.createTempDirectory("axe-chromium-profile");
        driver = dk.flis.driftsstatus.HeadlessChromium.start(profile, 1280, HEIGHT);
    }

    /** A browser for pages a running server serves at {@code baseUrl} (ending in "/"), e.g. serve's editor. */
    static AxeBrowser at(String baseUrl) throws IOException {
        return new AxeBrowser(null, baseUrl);
    }

    /** The browser, for a test that fills in a form before auditing. */
    ChromeDriver driver() {
        return driver;
    }

    /** Loads {@code page} (a path under the root, may end in a #fragment) in a viewport {@code width} CSS pixels wide. */
    void open(String page, int width) {
        // The headless window's size is not the viewport; only this override gives exactly 320 px.
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
        driver.get(base + page);
    }

    /** Runs {@code script} in the open page (arguments as {@code arguments[i]}) and returns its result. */
    Object evaluate(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Clicks the first element matching the CSS {@code selector}, as a reader would. */
    void click(String selector) {
        driver.findElement(org.openqa.selenium.By.cssSelector(selector)).click();
    }

    /** Loads {@code page} at {@code width} CSS pixels and returns axe's WCAG 2.1 A/AA violations. */
    @SuppressWarnings("unchecked")
    List<Violation> audit(String page, int width) {
        open(page, width);
        return auditOpen(page, width);
    }

    /** axe's WCAG 2.1 A/AA violations in the page as it is now, named {@code page} in the results. */
    @SuppressWarnings("unchecked")
    List<Violation> auditOpen(String page, int width) {
        driver.executeScript(axeSource); // navigation drops window.axe
        List<Map<String, Object>> raw = (List<Map<String, Object>>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + "  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + "      targets: v.nodes.map(n => n.target.join(' '))}))))"
                        + "  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));",
                WCAG_21_AA);
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : raw) {
            violations.add(new Violation(
                    page, width, (String) v.get("id"), (String) v.get("impact"), (String) v.get("help"), (List<String>)
                            v.get("targets")));
        }
        return violations;
    }

    /** Saves the whole current page (not just the viewport) as a PNG. */
    @SuppressWarnings("unchecked")
    void screenshot(Path png) throws IOException {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of(
                                "x",
                                0,
                                "y",
                                0,
                                "width",
                                ((Number) size.get("width")).doubleValue(),
                                "height",
                                ((Number) size.get("height")).doubleValue(),
                                "scale",
                                1)));
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
    }

    @Override
    public void close() {
        driver.quit();
        if (server != null) {
            server.stop(0);
        }
        GateSites.delete(profile);
    }

    /** A minimal GET-only file server, so pages load over http as on the intranet. */
    private static HttpServer serve(Path root) throws IOException {
        Map<String, String> types = Map.of(
                "html",
                "text/html; charset=utf-8",
                "css",
                "text/css; charset=utf-8",
                "xml",
                "application/atom+xml",
                "pdf",
                "application/pdf");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                Path file = root.resolve(exchange.getRequestURI().getPath().substring(1))
                        .normalize();
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                String name = file.getFileName().toString();
                exchange.getResponseHeaders()
                        .set(
                                "Content-Type",
                                types.getOrDefault(
                                        name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
                byte[] body = Files.readAllBytes(file);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        return server;
    }
}
