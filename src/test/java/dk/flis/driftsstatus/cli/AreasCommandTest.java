package dk.flis.driftsstatus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code driftsstatus areas}: the areas and statuses an editor writes, printed from the content itself. */
class AreasCommandTest {
    @TempDir
    Path temp;

    @Test
    void listsEveryAreaWithIdNameAliasesAndDelayAndEveryStatusWithItsLabel() {
        FixtureSite.Run run = FixtureSite.of("small", temp).run("areas");

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out().replace("\r\n", "\n");
        assertTrue(
                out.startsWith("Dataområderne i content/areas.json. Skriv navnet i overskriften »## …« og id'et under "
                        + "»areas:« øverst i rapporten.\n\n"
                        + "Gruppe         Navn (til overskriften)  Id (til areas:)  Andre navne  Opdateres  Forsinkelse"
                        + "  Periode\n"
                        + "Tværgående     Borger                   borger           –            Månedligt  1 måned"
                        + "      –\n"),
                out);
        assertTrue(out.contains("KRL Personale            krl-personale    KRL          Månedligt  3 måneder"), out);
        assertTrue(out.contains("med til og med september 2025\n"), out);
        assertTrue(out.contains("partial  Delvis drift             Kører med huller eller fejl i data\n"), out);
    }

    @Test
    void printsMarkdownTablesForTheGuide() {
        FixtureSite.Run run = FixtureSite.of("small", temp).run("areas", "--format", "markdown");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(
                run.out()
                        .contains("| Tværgående | KRL Personale | krl-personale | KRL | Månedligt | 3 måneder | – |\n"),
                run.out());
        assertTrue(run.out().contains("| partial | Delvis drift | Kører med huller eller fejl i data |\n"), run.out());
    }
}
