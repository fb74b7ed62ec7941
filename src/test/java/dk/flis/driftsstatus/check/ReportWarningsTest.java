package dk.flis.driftsstatus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Warnings for likely mistakes: printed with a position and hint, never failing check or build. */
class ReportWarningsTest {
    @TempDir
    Path temp;

    private FixtureSite siteWithOctober(String october) throws IOException {
        FixtureSite site = FixtureSite.of("small", temp);
        Files.writeString(site.path("content/reports/2025-10.md"), october);
        return site;
    }

    @Test
    void theRealContentHasNoWarnings() {
        FixtureSite.Run run = FixtureSite.realContent(temp).run("check");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals("Indholdet er i orden.\n", run.out().replace("\r\n", "\n"));
    }

    @Test
    void warnsOfAProblemStatusWithoutANoteButStillPasses() throws IOException {
        FixtureSite site = siteWithOctober("---\ndate: 2025-10-10\nareas:\n  okonomi: { status: partial }\n---\n");
        FixtureSite.Run run = site.run("check");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                List.of("content/reports/2025-10.md:4:22: advarsel: »Økonomi« har status »partial« (Delvis drift), "
                        + "men ingen note."),
                run.headlines());
        assertTrue(
                run.err()
                        .contains(
                                "tip: Læserne ser kun »Kører med huller eller fejl i data«. Tilføj et afsnit »## Økonomi«"),
                run.err());
        assertEquals(0, site.run("build").exitCode(), "warnings do not stop a build");
    }

    @Test
    void noneIsNotAProblemAndNeedsNoNote() throws IOException {
        FixtureSite.Run run = siteWithOctober("---\ndate: 2025-10-10\nareas:\n  borger: { status: none }\n---\n")
                .run("check");
        assertEquals(List.of(), run.headlines(), run.err());
    }

    @Test
    void warnsOfDataBehindItsRuleWithoutANote() throws IOException {
        FixtureSite.Run run = siteWithOctober(
                        "---\ndate: 2025-10-10\nareas:\n  borger: { data-through: 2025-07 }\n---\n")
                .run("check");
        assertEquals(0, run.exitCode());
        assertEquals(
                List.of("content/reports/2025-10.md:4:27: advarsel: Data for »Borger« er 1 måned forsinket "
                        + "(normalt til og med 2025-08), men der er ingen note."),
                run.headlines());
    }

    @Test
    void warnsOfANoteSayingAsPlannedOnAProblemStatus() throws IOException {
        FixtureSite.Run run = siteWithOctober("---\ndate: 2025-10-10\nareas:\n  okonomi: { status: partial }\n---\n\n"
                        + "## Økonomi\n\nKører efter planen.\n")
                .run("check");
        assertEquals(
                List.of("content/reports/2025-10.md:7:4: advarsel: Noten siger »Kører efter planen«, men status er "
                        + "»partial« (Delvis drift)."),
                run.headlines());
    }

    /**
     * check decides most notes by the letters of their Markdown and renders the rest: a note that says
     * only "as planned" is found through emphasis, a link, an entity or a quote alike.
     */
    @Test
    void findsAnAsPlannedNoteWhateverItsMarkup() throws IOException {
        for (String note : List.of(
                "**Kører** efter _planen_!",
                "[Kører efter planen](https://flis.dk/drift).",
                "Kører efter &#112;lanen.",
                "> Kører efter\nplanen")) {
            FixtureSite.Run run = siteWithOctober(
                            "---\ndate: 2025-10-10\nareas:\n  okonomi: { status: partial }\n---\n\n## Økonomi\n\n"
                                    + note + "\n")
                    .run("check");
            assertEquals(
                    List.of("content/reports/2025-10.md:7:4: advarsel: Noten siger »Kører efter planen«, men status er "
                            + "»partial« (Delvis drift)."),
                    run.headlines(),
                    note);
        }
    }

    @Test
    void aNoteThatQualifiesAsPlannedIsFine() throws IOException {
        FixtureSite.Run run = siteWithOctober("---\ndate: 2025-10-10\nareas:\n  okonomi: { status: partial }\n---\n\n"
                        + "## Økonomi\n\nKører efter planen på nær for én kommune.\n")
                .run("check");
        assertEquals(List.of(), run.headlines(), run.err());
    }

    @Test
    void warnsOfANoteUnchangedForSixMonthsInTheLatestReportOnly() throws IOException {
        FixtureSite site = FixtureSite.of("small", temp);
        Files.delete(site.path("content/reports/2025-09.md"));
        Files.delete(site.path("content/reports/2025-10.md"));
        for (int month = 5; month <= 10; month++) {
            Files.writeString(
                    site.path("content/reports/2025-%02d.md".formatted(month)),
                    "---\ndate: 2025-%02d-10\n---\n\n## Borger\n\nEn kommune mangler.\n".formatted(month));
        }
        FixtureSite.Run run = site.run("check");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                List.of("content/reports/2025-10.md:5:4: advarsel: Noten om »Borger« har været den samme siden "
                        + "maj 2025 (6 måneder)."),
                run.headlines());

        Files.writeString(
                site.path("content/reports/2025-05.md"), "---\ndate: 2025-05-10\n---\n\n## Borger\n\nAndet.\n");
        assertEquals(List.of(), site.run("check").headlines(), "five months is not yet stale");
    }

    @Test
    void checkWritesItsDiagnosticsAsJsonForTools() throws IOException {
        FixtureSite site = siteWithOctober("---\ndate: 2025-10-10\nareas:\n  okonomi: { status: parital }\n"
                + "  borger: { status: partial }\n---\n");
        FixtureSite.Run run = site.run("check", "--format", "json");
        assertEquals(1, run.exitCode());
        assertEquals("", run.err());
        assertEquals(
                "{\"diagnostics\":["
                        + "{\"severity\":\"error\",\"code\":\"unknown-status\",\"file\":\"content/reports/2025-10.md\","
                        + "\"line\":4,\"column\":22,"
                        + "\"message\":\"Ukendt status »parital«.\",\"hint\":\"Mente du »partial« (Delvis drift)?\"}"
                        + "],\"errors\":1,\"warnings\":0}\n",
                run.out().replace("\r\n", "\n"));
    }

    @Test
    void jsonListsWarningsAndExitsZero() throws IOException {
        FixtureSite.Run run = siteWithOctober("---\ndate: 2025-10-10\nareas:\n  okonomi: { status: partial }\n---\n")
                .run("check", "--format", "json");
        assertEquals(0, run.exitCode());
        assertEquals(
                "{\"diagnostics\":[{\"severity\":\"warning\",\"code\":\"problem-without-note\","
                        + "\"file\":\"content/reports/2025-10.md\",\"line\":4,"
                        + "\"column\":22,\"message\":\"»Økonomi« har status »partial« (Delvis drift), men ingen note.\","
                        + "\"hint\":\"Læserne ser kun »Kører med huller eller fejl i data«. Tilføj et afsnit »## Økonomi«, "
                        + "der siger, hvad der er galt, og hvornår det ventes at være løst.\"}],\"errors\":0,\"warnings\":1}\n",
                run.out().replace("\r\n", "\n"));
    }
}
