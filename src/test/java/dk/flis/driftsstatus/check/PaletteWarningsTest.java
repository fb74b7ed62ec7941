package dk.flis.driftsstatus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.load.SiteConfigLoader;
import dk.flis.driftsstatus.model.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status palette, measured from site.json: the real one can be told apart and read (every pair
 * ΔE00 ≥ 20, every colour ≥ 4.5:1 with white), and {@code check} warns of one that cannot, at the
 * colour in site.json, with the pair and the measured values.
 */
class PaletteWarningsTest {
    @TempDir
    Path temp;

    @Test
    void theRealPaletteCanBeToldApartAndRead() throws IOException {
        List<Status> statuses = realStatuses();
        assertEquals(Status.BUILT_IN.size(), statuses.size());
        for (Status status : statuses) {
            double contrast = Colour.parse(status.colour()).contrastWith(Colour.WHITE);
            assertTrue(contrast >= PaletteWarnings.MIN_ICON_CONTRAST, status.key() + " icon on white: " + contrast);
            assertTrue(
                    Colour.parse(status.colour()).contrastWith(PaletteWarnings.TEXT_ON_STATUS_COLOUR)
                            >= PaletteWarnings.MIN_TEXT_CONTRAST,
                    status.key() + " with white text: " + contrast);
        }
        double smallest = Double.MAX_VALUE;
        for (int i = 0; i < statuses.size(); i++) {
            for (int j = i + 1; j < statuses.size(); j++) {
                double difference = Ciede2000.difference(
                        Colour.parse(statuses.get(i).colour()).lab(),
                        Colour.parse(statuses.get(j).colour()).lab());
                assertTrue(
                        difference >= PaletteWarnings.MIN_DIFFERENCE,
                        statuses.get(i).key() + "/" + statuses.get(j).key() + ": ΔE " + difference);
                smallest = Math.min(smallest, difference);
            }
        }
        assertEquals(24.1, smallest, 0.05, "notice/none, the closest pair, as README says");
    }

    @Test
    void theRealPaletteGivesNoWarning() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        new PaletteWarnings(diagnostics)
                .warn(
                        realStatuses(),
                        java.util.Map.of(),
                        dk.flis.driftsstatus.diagnostic.SourcePosition.of("content/site.json"));
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void checkWarnsOfColoursTooAlikeOrTooLightAtTheirPlaceInSiteJson() {
        FixtureSite site = FixtureSite.of("small", temp).overlay(FixtureSite.resource("palettes/faded"));
        FixtureSite.Run run = site.run("check");
        assertEquals(0, run.exitCode(), "warnings never stop check: " + run.err());
        assertEquals(
                List.of(
                        "content/site.json:12:123: advarsel: Farven for »notice« (#5b9bd5) har kontrasten 2,96:1 mod "
                                + "hvid. Ikoner i farven på den hvide side skal have mindst 3:1, og hvid tekst på farven "
                                + "mindst 4,5:1.",
                        "content/site.json:14:123: advarsel: Farverne for »partial« (#9a4a00) og »delayed« (#7a4f00) "
                                + "ligner hinanden for meget: forskellen (CIEDE2000 ΔE) er 10,6, men skal være mindst 20.",
                        "content/site.json:15:124: advarsel: Farverne for »partial« (#9a4a00) og »down« (#b3261e) "
                                + "ligner hinanden for meget: forskellen (CIEDE2000 ΔE) er 15,9, men skal være mindst 20.",
                        "content/site.json:17:124: advarsel: Hvid tekst på farven for »none« (#8a8a8a) har kontrasten "
                                + "3,45:1; felterne i arkivets oversigt skal have mindst 4,5:1.",
                        "content/site.json:17:124: advarsel: Farverne for »retired« (#5c5c5c) og »none« (#8a8a8a) "
                                + "ligner hinanden for meget: forskellen (CIEDE2000 ΔE) er 18,2, men skal være mindst 20."),
                run.headlines());
        assertTrue(
                run.err().contains("tip: Giv »delayed« en farve med en anden kulør eller en tydeligt anden lysstyrke"),
                run.err());
        assertEquals(0, site.run("build", "--no-pdf").exitCode(), "nor a build");
    }

    private static List<Status> realStatuses() throws IOException {
        String text = Files.readString(FixtureSite.PROJECT.resolve("content/site.json"), StandardCharsets.UTF_8);
        return SiteConfigLoader.load("content/site.json", text, new Diagnostics())
                .orElseThrow()
                .statuses();
    }
}
