package dk.flis.driftsstatus.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new}: next month's report from the latest, as the editor would have started it by hand. */
class NewReportTest {
    @TempDir
    Path temp;

    private static String body(String report) {
        return report.substring(report.indexOf("\n---\n") + 5);
    }

    @Test
    void novemberCarriesOverTheOpenProblemsOfTheRealOctoberReport() throws IOException {
        FixtureSite site = FixtureSite.realContent(temp);
        FixtureSite.Run run = site.run("new");

        assertEquals(0, run.exitCode(), run.err());
        String november = Files.readString(site.path("content/reports/2025-11.md"), StandardCharsets.UTF_8);
        String october = Files.readString(site.path("content/reports/2025-10.md"), StandardCharsets.UTF_8);
        assertTrue(november.startsWith("""
                ---
                date: 2025-11-10
                areas:
                  okonomi: { status: partial }
                  krl-personale: { status: delayed, data-through: 2025-05 }
                  nogletal: { status: none }
                  skole: { status: partial }
                  fsiii: { status: partial }
                  aeldre: { status: retired }
                  ky: { status: partial }
                  dfdg: { status: down, data-through: null }
                ---
                """), november);
        assertEquals(body(october), body(november), "every October note carries over, as written and in order");
        assertTrue(
                run.out()
                        .contains(
                                "KRL Personale: »data-through: 2025-05« er taget med; efter reglen går data i rapporten for "
                                        + "november 2025 til og med 2025-07."),
                run.out());
        assertTrue(run.out().contains("  VH: notice (Bemærk), med sin note\n"), run.out());

        FixtureSite.Run check = site.run("check");
        assertEquals(0, check.exitCode(), check.err());
        assertEquals("", check.err(), "what new writes passes check without warnings");
    }

    @Test
    void anOkAreaWithANoteAndLateDataStaysOk() throws IOException {
        FixtureSite site = FixtureSite.of("small", temp);
        Path october = site.path("content/reports/2025-10.md");
        String text = Files.readString(october, StandardCharsets.UTF_8)
                .replace("areas:\n", "areas:\n  borger: { status: ok, data-through: 2025-07 }\n")
                .replace("\n## Økonomi", "\n## Borger\n\nCPR-data kommer en måned for sent.\n\n## Økonomi");
        Files.writeString(october, text, StandardCharsets.UTF_8);

        FixtureSite.Run run = site.run("new");

        assertEquals(0, run.exitCode(), run.err());
        String november = Files.readString(site.path("content/reports/2025-11.md"), StandardCharsets.UTF_8);
        assertTrue(november.contains("\n  borger: { status: ok, data-through: 2025-07 }\n"), november);
        assertTrue(run.out().contains("  Borger: ok (Normal drift), med sin note, data-through: 2025-07"), run.out());
        assertEquals(0, site.run("check").exitCode());
    }

    @Test
    void aHistoryCarriesOverProblemsAndDropsWhatTheRuleCovers() throws IOException {
        FixtureSite site = FixtureSite.of("year-end", temp);
        FixtureSite.Run run = site.run("new");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                ---
                date: 2026-01-12
                areas:
                  krl-personale: { status: delayed, data-through: 2025-06 }
                  nogletal: { status: none }
                  dfdg: { status: down, data-through: null }
                ---

                ## Økonomi

                Nu kun forsinkede posteringer.

                ## KRL Personale

                Data for juli kommer snarest.

                ## DFDG

                Lukket.
                """, Files.readString(site.path("content/reports/2026-01.md"), StandardCharsets.UTF_8));
        String out = run.out();
        assertTrue(
                out.contains("Området »Ydelse« er ikke længere med fra januar 2026 (»until«: 2025-12 i areas.json)"),
                out);
        assertTrue(out.contains("Området »DREAM« er nyt fra januar 2026"), out);
        assertTrue(out.contains("Teksten før første overskrift i december 2025 er ikke taget med."), out);
        assertTrue(out.contains("Noterne er fra december 2025 (Økonomi, KRL Personale og DFDG)"), out);
        assertEquals(0, site.run("check").exitCode());
    }

    @Test
    void aNamedMonthStartsFromTheLatestReportBeforeIt() throws IOException {
        FixtureSite site = FixtureSite.of("year-end", temp);
        Files.delete(site.path("content/reports/2025-12.md"));
        FixtureSite.Run run = site.run("new", "2026-02");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(
                run.out()
                        .startsWith(
                                "Oprettede content/reports/2026-02.md ud fra rapporten for november 2025, dateret 2026-02-12."),
                run.out());
        assertEquals(0, site.run("check").exitCode());
    }

    @Test
    void refusesToOverwriteAnExistingMonth() throws IOException {
        FixtureSite site = FixtureSite.of("year-end", temp);
        Path december = site.path("content/reports/2025-12.md");
        String before = Files.readString(december, StandardCharsets.UTF_8);
        FixtureSite.Run run = site.run("new", "2025-12");
        assertEquals(1, run.exitCode());
        assertEquals(
                "content/reports/2025-12.md: fejl: Rapporten for december 2025 findes allerede, og »new« overskriver "
                        + "aldrig en rapport.",
                run.headlines().get(0));
        assertEquals(before, Files.readString(december, StandardCharsets.UTF_8));
    }

    @Test
    void aMalformedMonthIsAUsageError() {
        FixtureSite.Run run = FixtureSite.of("year-end", temp).run("new", "2026-13");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Måneden skal skrives med år og måned, fx 2025-11, ikke »2026-13«."), run.err());
    }

    @Test
    void contentWithErrorsGetsNoNewReport() throws IOException {
        FixtureSite site = FixtureSite.of("year-end", temp);
        Files.writeString(
                site.path("content/reports/2025-12.md"),
                "---\ndate: 2025-12-12\nareas:\n  okonomi: { status: x }\n---\n");
        FixtureSite.Run run = site.run("new");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("der er ikke oprettet nogen rapport"), run.err());
        assertFalse(Files.exists(site.path("content/reports/2026-01.md")));
    }
}
