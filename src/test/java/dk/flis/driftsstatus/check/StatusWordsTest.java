package dk.flis.driftsstatus.check;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11 item 2: a status may be written as its key or its Danish label, in any case; new writes keys. */
class StatusWordsTest {
    @TempDir
    Path temp;

    private FixtureSite siteWithOkonomi(String status) throws IOException {
        FixtureSite site = FixtureSite.of("small", temp);
        String october = Files.readString(site.path("content/reports/2025-10.md"), StandardCharsets.UTF_8);
        Files.writeString(
                site.path("content/reports/2025-10.md"),
                october.replace("okonomi: { status: partial }", "okonomi: { status: " + status + " }"));
        return site;
    }

    @ParameterizedTest
    @ValueSource(strings = {"partial", "Partial", "PARTIAL", "Delvis drift", "delvis drift", "DELVIS DRIFT"})
    void aStatusIsItsKeyOrItsLabelInAnyCaseAndNewWritesTheKey(String written) throws IOException {
        FixtureSite site = siteWithOkonomi(written);

        FixtureSite.Run check = site.run("check");
        assertEquals(0, check.exitCode(), check.err());
        assertEquals(List.of(), check.headlines(), check.err());

        FixtureSite.Run next = site.run("new");
        assertEquals(0, next.exitCode(), next.err());
        String november = Files.readString(site.path("content/reports/2025-11.md"), StandardCharsets.UTF_8);
        assertTrue(november.contains("okonomi: { status: partial }"), november);
    }

    @Test
    void anUnknownStatusListsEveryChoiceAsKeyAndLabel() throws IOException {
        FixtureSite.Run run = siteWithOkonomi("helt galt").run("check");
        assertEquals(1, run.exitCode());
        assertEquals(List.of("content/reports/2025-10.md:4:22: fejl: Ukendt status »helt galt«."), run.headlines());
        assertTrue(
                run.err()
                        .contains(
                                "  tip: Skriv en af disse: ok (Normal drift), notice (Bemærk), partial (Delvis drift), "
                                        + "delayed (Forsinket), down (Lukket), retired (Virker ikke) eller none (Ikke relevant).\n"),
                run.err());
    }

    @Test
    void aMistypedLabelSuggestsItsStatus() throws IOException {
        FixtureSite.Run run = siteWithOkonomi("Delvs drift").run("check");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("  tip: Mente du »partial« (Delvis drift)?\n"), run.err());
    }

    @Test
    void twoStatusesWithOneLabelAreRefused() throws IOException {
        FixtureSite site = FixtureSite.of("small", temp);
        Path siteJson = site.path("content/site.json");
        String settings = Files.readString(siteJson, StandardCharsets.UTF_8);
        Files.writeString(siteJson, settings.replace("\"label\": \"Forsinket\"", "\"label\": \"delvis drift\""));

        FixtureSite.Run run = site.run("check");

        assertEquals(1, run.exitCode());
        assertEquals(
                List.of(
                        "content/site.json:14:34: fejl: Etiketten »delvis drift« bruges af både »partial« og »delayed«."),
                run.headlines());
    }
}
