package dk.flis.driftsstatus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.pipeline.BuildOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edit form over HTTP: what it shows, what it saves, and every write it refuses (changing nothing). */
class EditRoutesTest {
    private static final String REPORT = "content/reports/2025-10.md";
    private static final String FORM = "/_driftsstatus/rediger/2025-10";

    @TempDir
    Path temp;

    private FixtureSite site;
    private PreviewServer server;
    private RawHttp http;
    private final StringWriter log = new StringWriter();

    @BeforeEach
    void start() throws IOException {
        site = FixtureSite.of("small", temp);
        start(EditSettings.LOCAL);
    }

    private void start(EditSettings settings) throws IOException {
        BuildOptions options =
                new BuildOptions(site.path("content"), site.path("templates"), site.path("site"), site.root(), false);
        server = PreviewServer.start(options, "127.0.0.1", 0, new PrintWriter(log), settings);
        http = new RawHttp(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SortedMap<String, String> content() {
        return FixtureSite.hashes(site.path("content"));
    }

    private Map<String, String> formAsShown() throws IOException {
        RawHttp.Response page = http.get(FORM);
        assertEquals(200, page.status(), page.body());
        return RawHttp.formFields(page.page());
    }

    private String origin() {
        return "Origin: http://" + http.host();
    }

    @Test
    void servedReportPagesLinkToTheFormWhichHasOneFieldsetPerAreaInRegistryOrder() throws IOException {
        Document report = http.get("/rapporter/2025-10.html").page();
        Element link = report.selectFirst("a[href=" + FORM + "]");
        assertTrue(link != null && link.text().startsWith("Rediger"), report.html());
        assertTrue(http.get("/").body().contains("href=\"" + FORM + "\""), "the front page shows the latest month");

        Document form = http.get(FORM).page();
        assertEquals(
                List.of("Borger", "Økonomi", "KRL Personale", "DFDG"), // Ydelse starts later (since)
                form.select("fieldset.area > legend").eachText());
        assertEquals(
                "partial", form.selectFirst("#status-okonomi option[selected]").attr("value"));
        assertEquals(
                "2025-05",
                form.selectFirst("#data-krl-personale option[selected]").attr("value"));
        assertEquals("none", form.selectFirst("#data-dfdg option[selected]").attr("value"));
        assertTrue(form.selectFirst("#data-borger option[value=2025-09]") == null, "no month later than the rule");
        assertEquals(
                "Fejl i data fra **én** kommune.",
                form.selectFirst("#note-okonomi").wholeText().strip());
        for (Element control : form.select("#formular select, #formular textarea, #formular input[type=text]")) {
            assertFalse(form.select("label[for=" + control.id() + "]").isEmpty(), control.id() + " has a label");
        }
        assertTrue(form.text().contains("Overskriften »## KRL« skrives som »## KRL Personale«."), form.text());
    }

    @Test
    void gemWritesTheCanonicalFileAndRedirectsToTheFormThatSaysSaved() throws IOException {
        Map<String, String> fields = formAsShown();
        fields.put("status.borger", "partial");
        fields.put("note.borger", "CPR-data mangler for to kommuner.");
        RawHttp.Response saved = http.post(FORM + "/gem", fields, origin(), "Sec-Fetch-Site: same-origin");
        assertEquals(303, saved.status(), saved.body());
        assertEquals(FORM + "?gemt=1", saved.headers().get("location"));

        String text = Files.readString(site.path(REPORT), StandardCharsets.UTF_8);
        assertTrue(text.contains("areas:\n  borger: { status: partial }\n  okonomi: { status: partial }\n"), text);
        assertTrue(text.contains("\n## Borger\n\nCPR-data mangler for to kommuner.\n\n## Økonomi\n"), text);
        assertTrue(text.contains("\n## KRL Personale\n"), "written in the canonical form: " + text);
        assertEquals(0, site.run("check").exitCode(), site.run("check").err());
        assertTrue(http.get(FORM + "?gemt=1").page().selectFirst("#gemt").text().startsWith("Gemt kl."));
    }

    @Test
    void anUnchangedCanonicalFileIsLeftByteIdentical() throws IOException {
        Path file = site.path(REPORT);
        Files.writeString(file, Files.readString(file).replace("## KRL\n", "## KRL Personale\n"));
        FileTime before = FileTime.fromMillis(1_600_000_000_000L);
        Files.setLastModifiedTime(file, before);
        SortedMap<String, String> hashes = content();
        RawHttp.Response saved = http.post(FORM + "/gem", formAsShown(), origin());
        assertEquals(303, saved.status(), saved.body());
        assertEquals(FORM + "?uaendret=1", saved.headers().get("location"));
        assertEquals(hashes, content());
        assertEquals(before, Files.getLastModifiedTime(file));
    }

    @Test
    void aWriteWithAWrongOrMissingTokenIsRefusedAndChangesNothing() throws IOException {
        SortedMap<String, String> hashes = content();
        Map<String, String> fields = formAsShown();
        fields.put("note.borger", "Mit arbejde.");
        fields.put("token", "forkert");
        RawHttp.Response wrong = http.post(FORM + "/gem", fields, origin());
        assertEquals(403, wrong.status());
        assertTrue(wrong.body().contains("Serveren er startet igen"), "the form comes back with its values");
        assertTrue(wrong.page().selectFirst("#note-borger").wholeText().contains("Mit arbejde."));
        fields.remove("token");
        assertEquals(403, http.post(FORM + "/gem", fields, origin()).status());
        assertEquals(hashes, content());
    }

    @Test
    void aForeignOriginIsRefused() throws IOException {
        SortedMap<String, String> hashes = content();
        Map<String, String> fields = formAsShown();
        fields.put("status.borger", "down");
        for (String origin : List.of(
                "http://evil.example",
                "null",
                "http://127.0.0.1:" + (server.port() + 1),
                "http://localhost:" + server.port(),
                "https://" + http.host())) {
            RawHttp.Response refused = http.post(FORM + "/gem", fields, "Origin: " + origin);
            assertEquals(403, refused.status(), origin);
            assertFalse(refused.body().contains(fields.get("token")), "no token in a refusal");
        }
        assertEquals(hashes, content());
    }

    @Test
    void aRebindingHostIsRefusedEvenForReading() throws IOException {
        SortedMap<String, String> hashes = content();
        Map<String, String> fields = formAsShown();
        String evil = "evil.example:" + server.port();
        RawHttp.Response post = http.post(FORM + "/gem", fields, "Host: " + evil, "Origin: http://" + evil);
        assertEquals(403, post.status());
        for (String path : List.of(FORM, "/", "/rapporter/2025-10.html")) {
            RawHttp.Response get = http.send(
                    "GET " + path + " HTTP/1.1\r\nHost: " + evil + "\r\nConnection: close\r\n\r\n", new byte[0]);
            assertEquals(403, get.status(), path);
            assertFalse(get.body().contains(fields.get("token")), path);
        }
        assertEquals(
                403,
                http.send(
                                "GET " + FORM + " HTTP/1.1\r\nHost: 127.0.0.1:" + (server.port() + 1)
                                        + "\r\nConnection: close\r\n\r\n",
                                new byte[0])
                        .status());
        assertEquals(
                403,
                http.send(
                                "GET " + FORM + " HTTP/1.1\r\nHost: " + http.host() + "\r\nHost: " + http.host()
                                        + "\r\nConnection: close\r\n\r\n",
                                new byte[0])
                        .status(),
                "two Host headers");
        assertEquals(
                200,
                http.send(
                                "GET " + FORM + " HTTP/1.1\r\nHost: localhost:" + server.port()
                                        + "\r\nConnection: close\r\n\r\n",
                                new byte[0])
                        .status());
        assertEquals(hashes, content());
    }

    @Test
    void crossSiteFetchMetadataIsRefused() throws IOException {
        SortedMap<String, String> hashes = content();
        Map<String, String> fields = formAsShown();
        fields.put("status.borger", "down");
        for (String site : List.of("cross-site", "same-site")) {
            assertEquals(
                    403,
                    http.post(FORM + "/gem", fields, "Sec-Fetch-Site: " + site).status(),
                    site);
        }
        assertEquals(hashes, content());
    }

    @Test
    void onlyUrlEncodedFormsAreRead() throws IOException {
        SortedMap<String, String> hashes = content();
        Map<String, String> fields = formAsShown();
        fields.put("status.borger", "down");
        for (String type : List.of(
                "text/plain",
                "multipart/form-data; boundary=x",
                "application/json",
                "application/x-www-form-urlencoded; charset=iso-8859-1")) {
            assertEquals(
                    415,
                    http.post(FORM + "/gem", fields, "Content-Type: " + type).status(),
                    type);
        }
        assertEquals(hashes, content());
    }

    @Test
    void bodiesAreSizeLimited() throws IOException {
        SortedMap<String, String> hashes = content();
        Map<String, String> fields = formAsShown();
        // Refused by its declared length, before a byte of the body is read (so none is sent here).
        RawHttp.Response declared = http.send(
                "POST " + FORM + "/gem HTTP/1.1\r\nHost: " + http.host()
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                        + (FormBody.MAX_BYTES + 1) + "\r\nConnection: close\r\n\r\n",
                new byte[0]);
        assertEquals(413, declared.status());
        String chunk = Integer.toHexString(FormBody.MAX_BYTES + 1) + "\r\n";
        byte[] body =
                (chunk + "a".repeat(FormBody.MAX_BYTES + 1) + "\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        RawHttp.Response chunked = http.send(
                "POST " + FORM + "/gem HTTP/1.1\r\nHost: " + http.host()
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n"
                        + "Connection: close\r\n\r\n",
                body);
        assertEquals(413, chunked.status());
        assertEquals(hashes, content());
    }

    @Test
    void pathsOutsideTheReportsAreRefused() throws IOException {
        SortedMap<String, String> root = FixtureSite.hashes(site.root());
        Map<String, String> fields = formAsShown();
        for (String path : List.of(
                "/_driftsstatus/rediger/../../etc/gem",
                "/_driftsstatus/rediger/%2e%2e%2f2025-10/gem",
                "/_driftsstatus/rediger/2025-13/gem",
                "/_driftsstatus/rediger/2025-10.md/gem",
                "/_driftsstatus/rediger/2025-10/gem/",
                "/_driftsstatus/rediger/2025-10%2fgem")) {
            int status = http.post(path, fields, origin()).status();
            assertTrue(status == 404 || status == 403 || status == 400, path + " → " + status);
        }
        RawHttp.Response missing = http.post("/_driftsstatus/rediger/2099-01/gem", fields, origin());
        assertTrue(missing.status() >= 400, "a month without a report is never created by Gem: " + missing.status());
        Map<String, String> extra = new java.util.LinkedHashMap<>(fields);
        extra.put("file", "../../x");
        assertEquals(400, http.post(FORM + "/gem", extra, origin()).status());
        RawHttp.Response absolute = http.send(
                "POST http://evil.example" + FORM + "/gem HTTP/1.1\r\nHost: " + http.host()
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 0\r\n"
                        + "Connection: close\r\n\r\n",
                new byte[0]);
        assertEquals(400, absolute.status());
        assertEquals(root, FixtureSite.hashes(site.root()));
        assertFalse(Files.exists(site.path("content/reports/2099-01.md")));
    }

    @Test
    void getAndHeadOnlyWhereTheyBelong() throws IOException {
        assertEquals(405, http.get(FORM + "/gem").status());
        assertEquals(405, http.post(FORM, formAsShown(), origin()).status());
    }

    @Test
    void aSaveAfterTheFileChangedOnDiskIsRefusedAndNothingIsLost() throws IOException {
        Map<String, String> fields = formAsShown();
        fields.put("note.borger", "Min note, skrevet i formularen.");
        Path file = site.path(REPORT);
        String theirs = Files.readString(file).replace("Data for juni kommer snarest.", "Data for juni er på vej.");
        Files.writeString(file, theirs);

        RawHttp.Response stale = http.post(FORM + "/gem", fields, origin());
        assertEquals(409, stale.status());
        assertEquals(theirs, Files.readString(file), "the other version stays");
        Document page = stale.page();
        assertTrue(page.selectFirst("#aendret").text().contains("Filen er ændret"), page.text());
        assertEquals(
                "Min note, skrevet i formularen.",
                page.selectFirst("#note-borger").wholeText().strip());

        // "Gem alligevel" replaces exactly the version the editor was told about.
        RawHttp.Response anyway = http.post(FORM + "/gem", RawHttp.formFields(page), origin());
        assertEquals(303, anyway.status(), anyway.body());
        assertTrue(Files.readString(file).contains("Min note, skrevet i formularen."));
    }

    @Test
    void aJavascriptLinkIsShownAtItsNoteAndGemWritesNothing() throws IOException {
        SortedMap<String, String> hashes = content();
        Map<String, String> fields = formAsShown();
        fields.put("note.borger", "[klik](javascript:alert(1))");
        RawHttp.Response refused = http.post(FORM + "/gem", fields, origin());
        assertEquals(422, refused.status());
        Document page = refused.page();
        assertTrue(page.title().startsWith("Fejl: "), page.title());
        assertTrue(page.selectFirst("#fejl-note-borger").text().contains("javascript:"), page.html());
        assertEquals("true", page.selectFirst("#note-borger").attr("aria-invalid"));
        assertTrue(page.selectFirst("#note-borger").attr("aria-describedby").contains("fejl-note-borger"));
        assertTrue(page.selectFirst("#fejl-oversigt a[href=#note-borger]") != null);
        assertEquals(hashes, content());
    }

    @Test
    void checkAnswersJsonWithTheFieldOfEachDiagnostic() throws IOException {
        Map<String, String> fields = formAsShown();
        fields.put("note.borger", "[klik](javascript:alert(1))");
        fields.put("date", "2025-11-01");
        RawHttp.Response json = http.post(FORM + "/kontrol", fields, origin(), "Accept: application/json");
        assertEquals(200, json.status());
        assertTrue(json.body().contains("\"field\":\"note-borger\",\"fieldLine\":1"), json.body());
        assertTrue(json.body().contains("\"field\":\"date\""), json.body());
        assertTrue(json.body().endsWith("\"canSave\":false}"), json.body());
        Map<String, String> note = Map.of("token", fields.get("token"), "markdown", "**fed**");
        assertEquals(
                "{\"html\":\"<p><strong>fed</strong></p>\"}",
                http.post(FORM + "/note", note, origin()).body());
    }

    @Test
    void editorResponsesKeepThemselvesToThemselvesAndNoCorsHeaderIsSent() throws IOException {
        RawHttp.Response page = http.get(FORM);
        assertTrue(page.headers().get("content-security-policy").contains("frame-ancestors 'none'"));
        assertEquals("DENY", page.headers().get("x-frame-options"));
        assertEquals("no-store", page.headers().get("cache-control"));
        for (RawHttp.Response response : List.of(page, http.get("/"), http.post(FORM + "/gem", formAsShown()))) {
            assertNull(response.headers().get("access-control-allow-origin"));
        }
    }

    @Test
    void readOnlyTurnsEditingOff() throws IOException {
        server.close();
        start(new EditSettings(true, false));
        SortedMap<String, String> hashes = content();
        RawHttp.Response page = http.get(FORM);
        assertEquals(403, page.status());
        assertTrue(page.body().contains("--read-only"), page.body());
        assertFalse(http.get("/rapporter/2025-10.html").body().contains(FORM), "no Rediger link");
        assertEquals(
                403, http.post(FORM + "/gem", Map.of("token", ""), origin()).status());
        assertEquals(hashes, content());
    }

    @Test
    void newMonthCreatesTheNextReportAsNewDoesAndOpensItsForm() throws IOException {
        assertTrue(
                http.get("/arkiv.html").body().contains("href=\"/_driftsstatus/ny-maaned\""), "the archive links it");
        RawHttp.Response ask = http.get("/_driftsstatus/ny-maaned");
        assertEquals(200, ask.status());
        assertTrue(ask.page().text().contains("Opret rapporten for november 2025 ud fra oktober 2025?"), ask.body());
        String token = ask.page().selectFirst("input[name=token]").attr("value");

        SortedMap<String, String> hashes = content();
        assertEquals(
                403,
                http.post("/_driftsstatus/ny-maaned", Map.of("token", "forkert"), origin())
                        .status());
        assertEquals(
                403,
                http.post("/_driftsstatus/ny-maaned", Map.of("token", token), "Origin: http://evil.example")
                        .status());
        assertEquals(hashes, content());

        RawHttp.Response created = http.post("/_driftsstatus/ny-maaned", Map.of("token", token), origin());
        assertEquals(303, created.status(), created.body());
        assertEquals(FORM.replace("2025-10", "2025-11"), created.headers().get("location"));

        FixtureSite other = FixtureSite.of("small", temp.resolve("other"));
        assertEquals(0, other.run("new").exitCode());
        assertEquals(
                Files.readString(other.path("content/reports/2025-11.md")),
                Files.readString(site.path("content/reports/2025-11.md")),
                "the same file as ./driftsstatus new writes");
        assertEquals(200, http.get(FORM.replace("2025-10", "2025-11")).status());
    }

    @Test
    void areasChangedWhileTheFormWasOpenKeepsTheEditsAndSavesNothing() throws IOException {
        Map<String, String> fields = formAsShown();
        fields.put("note.okonomi", "Mit arbejde, som ikke må gå tabt.");
        Path areas = site.path("content/areas.json");
        String registry = Files.readString(areas);
        int borger = registry.indexOf("{", registry.indexOf("\"id\": \"borger\"") - 20);
        Files.writeString(
                areas,
                registry.substring(0, borger)
                        + "{ \"id\": \"nyt\", \"name\": \"Nyt område\", \"frequency\": \"Månedligt\", "
                        + "\"source\": \"-\", \"delayMonths\": 1 },\n"
                        + registry.substring(borger));
        SortedMap<String, String> hashes = content();

        RawHttp.Response changed = http.post(FORM + "/gem", fields, origin());
        assertEquals(409, changed.status(), changed.body());
        Document page = changed.page();
        assertTrue(page.text().contains("Listen over områder er ændret (areas.json)"), page.text());
        assertEquals(
                "Mit arbejde, som ikke må gå tabt.",
                page.selectFirst("#note-okonomi").wholeText().strip());
        assertTrue(page.selectFirst("#status-nyt") != null, "the new area is in the form");
        assertEquals(hashes, content());
    }
}
