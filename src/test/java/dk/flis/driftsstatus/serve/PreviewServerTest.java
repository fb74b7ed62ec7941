package dk.flis.driftsstatus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.pipeline.BuildOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** The live preview as a browser meets it: pages, reload events, the error overlay, and refused paths. */
@Isolated // polls for saves every 40 ms and waits for reloads: no other test competes for the cores
class PreviewServerTest {
    private static final String REPORT = "content/reports/2025-10.md";

    @TempDir
    Path temp;

    private FixtureSite site;
    private PreviewServer server;
    private final StringWriter log = new StringWriter();

    @BeforeEach
    void start() throws IOException {
        site = FixtureSite.of("small", temp);
        BuildOptions options =
                new BuildOptions(site.path("content"), site.path("templates"), site.path("site"), site.root(), false);
        server = PreviewServer.start(options, "127.0.0.1", 0, new PrintWriter(log));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aChangedNoteIsServedAndOpenPagesAreToldToReloadWithinASecond() throws Exception {
        Response page = get("/rapporter/2025-10.html");
        assertEquals(200, page.status());
        assertEquals("text/html; charset=utf-8", page.type());
        assertTrue(page.body().contains("Lukket pga. snitfladeændringer."), page.body());
        assertTrue(page.body().contains(LiveReloadScript.EVENTS_PATH), "serve injects the live-reload script");

        try (EventStream events = new EventStream()) {
            long before = System.nanoTime();
            replaceInReport("Lukket pga. snitfladeændringer.", "Genåbner i december.");
            Event reload = events.next(1, TimeUnit.SECONDS);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);
            assertNotNull(reload, "a reload event within 1 s; log:\n" + log);
            // The month's own pages are shown first: a page showing one of them reloads.
            assertEquals("pages", reload.name());
            assertEquals("[\"index.html\",\"rapporter/2025-10.html\"]", reload.data());
            assertTrue(millis < 1000, millis + " ms");
            assertTrue(get("/rapporter/2025-10.html").body().contains("Genåbner i december."));
        }
    }

    @Test
    void pagesReloadFirstAndTheEditedMonthsPdfFollows() throws Exception {
        server.close();
        BuildOptions withPdf =
                new BuildOptions(site.path("content"), site.path("templates"), site.path("site"), site.root(), true);
        server = PreviewServer.start(withPdf, "127.0.0.1", 0, new PrintWriter(log));
        byte[] before = getBytes("/pdf/driftsstatus-2025-10.pdf");
        assertTrue(new String(before, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), "a PDF is served");

        try (EventStream events = new EventStream()) {
            replaceInReport("Lukket pga. snitfladeændringer.", "Genåbner i december.");
            Event reload = events.next(2, TimeUnit.SECONDS);
            assertNotNull(reload, "log:\n" + log);
            assertTrue(get("/rapporter/2025-10.html").body().contains("Genåbner i december."));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (java.util.Arrays.equals(before, getBytes("/pdf/driftsstatus-2025-10.pdf"))
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(
                java.util.Arrays.equals(before, getBytes("/pdf/driftsstatus-2025-10.pdf")),
                "the PDF is rendered again after the pages; log:\n" + log);
    }

    private byte[] getBytes(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection)
                URI.create("http://127.0.0.1:" + server.port() + path).toURL().openConnection();
        try (InputStream in = connection.getInputStream()) {
            return in.readAllBytes();
        } finally {
            connection.disconnect();
        }
    }

    @Test
    void aBrokenFileShowsTheOverlayWhileTheLastGoodPageStaysAndFixingItReloads() throws Exception {
        try (EventStream events = new EventStream()) {
            replaceInReport("okonomi: { status: partial }", "okonomi: { status: parital }");
            Event overlay = events.next(1, TimeUnit.SECONDS);
            assertNotNull(overlay, "a diagnostics event within 1 s; log:\n" + log);
            assertEquals("diagnostics", overlay.name());
            assertTrue(
                    overlay.data()
                            .startsWith("{\"diagnostics\":[{\"severity\":\"error\",\"code\":\"unknown-status\","
                                    + "\"file\":\"content/reports/2025-10.md\",\"line\":4,\"column\":22,"
                                    + "\"message\":\"Ukendt status »parital«.\",\"hint\":\"Mente du »partial« "
                                    + "(Delvis drift)?\",\"source\":\"  okonomi: { status: parital }\","
                                    + "\"caret\":\"                     ^\",\"sourceLabel\":\"Linje 4 i filen:\","),
                    overlay.data());
            assertTrue(overlay.data().contains("\"errors\":1,\"warnings\":0,\"texts\":{"), overlay.data());

            Response page = get("/rapporter/2025-10.html");
            assertEquals(200, page.status());
            assertTrue(page.body().contains("Fejl i data fra"), "the last good page is still served");

            try (EventStream reopened = new EventStream()) {
                Event first = reopened.next(1, TimeUnit.SECONDS);
                assertEquals("diagnostics", first.name(), "a page reloaded while broken shows the overlay again");
            }

            replaceInReport("okonomi: { status: parital }", "okonomi: { status: partial }");
            Event fixed = events.next(1, TimeUnit.SECONDS);
            assertNotNull(fixed, "log:\n" + log);
            assertEquals("reload", fixed.name(), "fixing the error reloads the page, which clears the overlay");
        }
        try (EventStream later = new EventStream()) {
            assertEquals(null, later.next(200, TimeUnit.MILLISECONDS), "no overlay once fixed");
        }
    }

    @Test
    void servesFoldersAsIndexAndEachFileWithItsType() throws IOException {
        Response index = get("/");
        assertEquals(200, index.status());
        assertTrue(index.body().contains("<html lang=\"da\">"));
        assertEquals("text/css; charset=utf-8", get("/style.css").type());
        assertEquals(404, get("/rapporter/2099-01.html").status());
    }

    @Test
    void refusesPathsThatLeadOutOfTheSite() throws IOException {
        Files.writeString(temp.resolve("secret.txt"), "hemmelig");
        for (String path : new String[] {
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E%2Fsecret.txt",
            "/rapporter/..%2f..%2fsecret.txt",
            "/..\\secret.txt",
            "/..%5csecret.txt",
            "/./style.css"
        }) {
            String response = rawGet(path);
            assertTrue(
                    response.startsWith("HTTP/1.1 403")
                            || response.startsWith("HTTP/1.1 404")
                            || response.startsWith("HTTP/1.1 400"),
                    path + " → " + response);
            assertFalse(response.contains("hemmelig"), path);
        }
    }

    @Test
    void thePublishedSiteNeverGetsTheScript() {
        assertEquals(0, site.run("build").exitCode());
        assertTrue(FixtureSite.hashes(site.path("site")).keySet().stream().allMatch(file -> {
            try {
                return !Files.readString(site.path("site").resolve(file), StandardCharsets.ISO_8859_1)
                        .contains("_driftsstatus");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
    }

    private void replaceInReport(String from, String to) throws IOException {
        Path file = site.path(REPORT);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), text);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private record Response(int status, String type, String body) {}

    private Response get(String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection)
                URI.create("http://127.0.0.1:" + server.port() + path).toURL().openConnection();
        int status = c.getResponseCode();
        InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
        String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new Response(status, c.getContentType(), body);
    }

    /** Sends the path exactly as written, as an attacker would, bypassing any client-side normalising. */
    private String rawGet(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private record Event(String name, String data) {}

    /**
     * A page's event stream over a plain socket (HttpURLConnection cannot be closed while another
     * thread reads), read on its own thread; {@code next} returns null on timeout.
     */
    private final class EventStream implements AutoCloseable {
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final Socket socket;

        EventStream() throws IOException {
            socket = new Socket("127.0.0.1", server.port());
            socket.getOutputStream()
                    .write(("GET " + LiveReloadScript.EVENTS_PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Accept: text/event-stream\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String headers = "";
            for (String line = reader.readLine();
                    line != null && !line.equals(": connected");
                    line = reader.readLine()) {
                headers += line.toLowerCase(java.util.Locale.ROOT) + "\n";
            }
            assertTrue(headers.contains("content-type: text/event-stream; charset=utf-8"), headers);
            Thread thread = new Thread(() -> read(reader), "test-event-stream");
            thread.setDaemon(true);
            thread.start();
        }

        private void read(BufferedReader reader) {
            String name = null;
            try {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.startsWith("event: ")) {
                        name = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        events.add(new Event(name, line.substring(6)));
                    }
                }
            } catch (IOException e) {
                // closed by the test
            }
        }

        Event next(long timeout, TimeUnit unit) throws InterruptedException {
            return events.poll(timeout, unit);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
