package dk.flis.driftsstatus.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site whose language is "en" gets the English catalogue: same codes, English words. */
class EnglishSiteTest {
    @TempDir
    Path temp;

    @Test
    void anEnglishSiteGetsEnglishMessagesAndIsToldItsPagesStayDanish() throws IOException {
        FixtureSite site = FixtureSite.of("small", temp);
        Path siteJson = site.path("content/site.json");
        Files.writeString(
                siteJson,
                Files.readString(siteJson, StandardCharsets.UTF_8)
                        .replace("\"language\": \"da\"", "\"language\": \"en\""));
        Path october = site.path("content/reports/2025-10.md");
        Files.writeString(
                october,
                Files.readString(october, StandardCharsets.UTF_8).replace("status: partial", "status: parital"));

        FixtureSite.Run run = site.run("check");

        assertEquals(1, run.exitCode());
        assertEquals(
                List.of(
                        "content/reports/2025-10.md:4:22: error: Unknown status \"parital\".",
                        "content/site.json:5:15: warning: The language is \"en\": messages are in English, but the "
                                + "pages, the PDF and the email are still Danish."),
                run.headlines());
        assertTrue(run.err().contains("  hint: Did you mean \"partial\" (Delvis drift)?\n"), run.err());
        assertTrue(run.err().endsWith("1 error, 1 warning\n"), run.err());
    }
}
