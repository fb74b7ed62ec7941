package dk.flis.driftsstatus.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language in site.json is read with Jackson's streaming parser rather than its object mapper
 * (whose set-up cost every command ~60 ms): for well-formed, odd and broken files alike it finds
 * the catalogue the mapper's reading found.
 */
class SiteLanguageTest {
    @TempDir
    Path temp;

    @Test
    void findsTheLanguageTheObjectMapperFound() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "{\"language\": \"en\"}",
                "{\"title\": \"x\", \"language\": \" en \", \"areas\": [1, 2.5, {\"a\": null}]}",
                "{\"language\": \"fr\"}",
                "{\"language\": \"EN\"}",
                "{\"language\": 1}",
                "{\"language\": null}",
                "{\"language\": {\"language\": \"en\"}, \"x\": 1}",
                "{\"language\": [\"en\"], \"y\": \"en\"}",
                "{\"nested\": {\"language\": \"en\"}}",
                "{\"language\": \"en\", \"language\": \"da\"}",
                "{\"language\": \"da\", \"language\": \"en\"}",
                "{\"language\": \"en\", \"language\": 3}",
                "[{\"language\": \"en\"}]",
                "\"en\"",
                "",
                "   ",
                "{\"language\": \"en\"",
                "{\"language\": \"en\",}",
                "{\"language\": \"en\"} trailing",
                "{\"language\": \"en\"} {\"language\": \"da\"}",
                "{'language': 'en'}",
                "/* comment */ {\"language\": \"en\"}",
                "{\"language\": \"en\", \"n\": " + "9".repeat(1200) + "}",
                "{\"language\": \"en\", \"f\": 1." + "5".repeat(1200) + "}",
                "{\"language\": \"en\", \"deep\": " + "[".repeat(1200) + "]".repeat(1200) + "}",
                "{\"language\": \"en\", \"deep\": " + "[".repeat(900) + "]".repeat(900) + "}",
                "\uFEFF{\"language\": \"en\"}",
                "{\"language\": \"en\", \"bad\": \"\\x\"}",
                "{\"language\": \"en\", \"x\": tru}"));
        int i = 0;
        for (String text : texts) {
            for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE)) {
                Path content = Files.createDirectories(temp.resolve("c" + i++));
                Files.write(content.resolve("site.json"), text.getBytes(charset));
                assertEquals(
                        byObjectMapper(content),
                        Catalogue.forContent(content).language(),
                        () -> charset + ": " + (text.length() > 80 ? text.substring(0, 80) + "…" : text));
            }
        }
        assertEquals("da", Catalogue.forContent(temp.resolve("missing")).language());
    }

    /** The rule this replaced, word for word. */
    private static String byObjectMapper(Path contentFolder) {
        try {
            JsonNode language = new ObjectMapper()
                    .readTree(contentFolder.resolve("site.json").toFile())
                    .path("language");
            return Catalogue.of(language.isTextual() ? language.asText().strip() : "da")
                    .language();
        } catch (IOException | RuntimeException e) {
            return "da";
        }
    }
}
