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
                        "content/site.json:12:123: warning: the colour of \"notice\" (#5b9bd5) has contrast 2.96:1 with white: "
                                + "icons in it on the white page need at least 3:1, and white text on it at least 4.5:1",
                        "content/site.json:14:123: warning: the colours of \"partial\" (#9a4a00) and \"delayed\" (#7a4f00) are "
                                + "too alike: CIEDE2000 ΔE 10.6, at least 20 is needed to tell them apart",
                        "content/site.json:15:124: warning: the colours of \"partial\" (#9a4a00) and \"down\" (#b3261e) are "
                                + "too alike: CIEDE2000 ΔE 15.9, at least 20 is needed to tell them apart",
                        "content/site.json:17:124: warning: the colours of \"retired\" (#5c5c5c) and \"none\" (#8a8a8a) are "
                                + "too alike: CIEDE2000 ΔE 18.2, at least 20 is needed to tell them apart",
                        "content/site.json:17:124: warning: white text on the colour of \"none\" (#8a8a8a) has contrast 3.45:1; "
                                + "the heatmap's cells need at least 4.5:1"),
                run.headlines());
        assertTrue(
                run.err().contains("hint: give \"delayed\" a colour of another hue or a clearly different lightness"),
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
