package dk.flis.driftsstatus.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.pipeline.BuildOptions;
import dk.flis.driftsstatus.serve.EditSettings;
import dk.flis.driftsstatus.serve.PreviewServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gate: serve's editor pages are valid HTML (Nu Html Checker) in each state: the form with the
 * rewrite notice, after a refused Gem, after a stale Gem, and the Ny måned question.
 */
class EditPageValidityTest {
    private static final String FORM = "/_driftsstatus/rediger/2025-10";

    @TempDir
    Path temp;

    @Test
    void everyStateOfTheEditorIsValidHtml() throws Exception {
        FixtureSite site = FixtureSite.of("small", temp.resolve("site"));
        BuildOptions options =
                new BuildOptions(site.path("content"), site.path("templates"), site.path("site"), site.root(), false);
        Map<String, String> pages = new LinkedHashMap<>();
        try (PreviewServer server =
                PreviewServer.start(options, "127.0.0.1", 0, new PrintWriter(new StringWriter()), EditSettings.LOCAL)) {
            String base = "http://127.0.0.1:" + server.port();
            String form = request(base + FORM, null, 200);
            pages.put("form.html", form);
            pages.put("new-month.html", request(base + "/_driftsstatus/ny-maaned", null, 200));
            Map<String, String> fields = fields(Jsoup.parse(form));
            fields.put("note.borger", "[klik](javascript:alert(1))");
            pages.put("errors.html", request(base + FORM + "/gem", fields, 422));
            fields.put("note.borger", "Ny note.");
            Path report = site.path("content/reports/2025-10.md");
            Files.writeString(report, Files.readString(report).replace("snarest", "snart"));
            pages.put("stale.html", request(base + FORM + "/gem", fields, 409));
        }
        NuHtmlChecker checker = new NuHtmlChecker();
        List<NuHtmlChecker.Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Files.writeString(temp.resolve(page.getKey()), page.getValue());
            problems.addAll(checker.check(temp, page.getKey()));
        }
        assertTrue(problems.isEmpty(), problems.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    private static Map<String, String> fields(Document page) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : page.getElementById("formular").select("input[name], textarea[name], select[name]")) {
            String value = input.tagName().equals("textarea")
                    ? input.wholeText().replaceFirst("^\n", "")
                    : input.tagName().equals("select")
                            ? input.select("option[selected]").first().attr("value")
                            : input.attr("value");
            fields.put(input.attr("name"), value);
        }
        return fields;
    }

    private static String request(String url, Map<String, String> form, int expected) throws IOException {
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setInstanceFollowRedirects(false);
        if (form != null) {
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            assertEquals(expected, connection.getResponseCode(), url);
            try (InputStream in =
                    connection.getResponseCode() >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            connection.disconnect();
        }
    }
}
