package dk.flis.driftsstatus.scaffold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code driftsstatus init [FOLDER]} writes a starter project from the real content, and never overwrites one. */
class InitCommandTest {
    @TempDir
    Path temp;

    @Test
    void createsTheRealSettingsRegistrySchemasOneReportAndTheUpdatePage() throws IOException {
        FixtureSite site = FixtureSite.withTemplates(temp);
        FixtureSite.Run run = site.run("init", "mit-projekt");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Oprettede et indholdsprojekt i mit-projekt/:\n"), run.out());
        assertTrue(run.out().contains("»cd mit-projekt«, derefter »driftsstatus serve«"), run.out());
        for (String file : StarterProject.FILES) {
            assertArrayEquals(
                    Files.readAllBytes(FixtureSite.PROJECT.resolve(file)),
                    Files.readAllBytes(site.path("mit-projekt/" + file)),
                    file);
        }
        try (var reports = Files.list(site.path("mit-projekt/content/reports"))) {
            assertEquals(1, reports.count());
        }
    }

    @Test
    void theStarterProjectPassesTheCheckAndBuildsWithTheTheme() {
        FixtureSite site = FixtureSite.withTemplates(temp);
        assertEquals(0, site.run("init").exitCode());
        FixtureSite.Run check = site.run("check");
        assertEquals(0, check.exitCode(), check.err());
        assertEquals("", check.err(), "no warnings either");
        FixtureSite.Run build = site.run("build");
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(Files.exists(site.path("site/pdf/driftsstatus-2025-10.pdf")));
        assertTrue(Files.exists(site.path("site/sider/opdateringsfrekvens.html")));
    }

    @Test
    void refusesAFolderThatHasContentAndWritesNothing() throws IOException {
        FixtureSite site = FixtureSite.of("small", temp);
        String before = Files.readString(site.path("content/site.json"));
        FixtureSite.Run run = site.run("init");
        assertEquals(1, run.exitCode());
        assertEquals(
                "content: fejl: Der findes allerede en content-mappe her, og init overskriver aldrig indhold.",
                run.headlines().get(0));
        assertTrue(run.err().contains("tip: Skriv en ny mappe: »driftsstatus init NY-MAPPE«."), run.err());
        assertEquals(before, Files.readString(site.path("content/site.json")));
        assertFalse(Files.exists(site.path("content/areas.schema.json")));
    }
}
