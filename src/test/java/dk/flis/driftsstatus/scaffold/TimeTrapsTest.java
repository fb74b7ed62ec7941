package dk.flis.driftsstatus.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.cli.TestClock;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 4, with the clock fixed at 5 November 2025 and the small site's latest report October
 * 2025: new twice makes December, a third time is refused; check warns of December's date; mail
 * --send without a month refuses to send December; mail says which month it is about to send.
 */
class TimeTrapsTest {
    @TempDir
    java.nio.file.Path temp;

    @BeforeEach
    void fixTheClock() {
        TestClock.set("2025-11-05T09:00:00Z");
    }

    @AfterEach
    void restoreTheClock() {
        TestClock.reset();
    }

    @Test
    void newRunTwiceMakesNextMonthAndAThirdTimeIsRefused() throws Exception {
        FixtureSite site = FixtureSite.of("small", temp);
        assertEquals(0, site.run("new").exitCode()); // November
        assertEquals(0, site.run("new").exitCode()); // December: one month ahead is allowed

        FixtureSite.Run third = site.run("new");

        assertEquals(1, third.exitCode(), third.err());
        assertEquals(
                List.of("content/reports/2026-01.md: fejl: Rapporten for januar 2026 ligger mere end en måned efter "
                        + "denne måned (november 2025), så den bliver ikke oprettet."),
                third.headlines());
        assertTrue(
                third.err()
                        .contains("  tip: Rapporten for december 2025 findes allerede. Er den oprettet ved en fejl – "
                                + "fx ved at køre »new« to gange – så slet content/reports/2025-12.md. Vil du "
                                + "alligevel oprette januar 2026, så skriv »./driftsstatus new 2026-01 --force«.\n"),
                third.err());
        assertFalse(Files.exists(site.path("content/reports/2026-01.md")));
    }

    @Test
    void aNamedFarMonthIsRefusedUnlessForced() {
        FixtureSite site = FixtureSite.of("small", temp);

        FixtureSite.Run refused = site.run("new", "2026-03");

        assertEquals(1, refused.exitCode(), refused.err());
        assertTrue(
                refused.err()
                        .contains("  tip: Mente du december 2025? Skriv »./driftsstatus new 2025-12«. Vil du virkelig "
                                + "oprette marts 2026 nu, så skriv »./driftsstatus new 2026-03 --force«.\n"),
                refused.err());
        assertFalse(Files.exists(site.path("content/reports/2026-03.md")));

        assertEquals(0, site.run("new", "2026-03", "--force").exitCode());
        assertTrue(Files.exists(site.path("content/reports/2026-03.md")));
    }

    @Test
    void checkAndBuildWarnWhenTheLatestReportIsDatedInALaterMonth() {
        FixtureSite site = FixtureSite.of("small", temp);
        site.run("new");
        assertEquals(List.of(), site.run("check").headlines(), "November in November is fine");
        site.run("new");

        FixtureSite.Run check = site.run("check");

        assertEquals(0, check.exitCode(), check.err());
        assertEquals(
                List.of("content/reports/2025-12.md: advarsel: Den seneste rapport er dateret 2025-12-10, som ligger "
                        + "35 dage ude i fremtiden."),
                check.headlines());
        assertEquals(check.headlines(), site.run("build", "--no-pdf").headlines());
    }

    @Test
    void mailSaysWhichMonthAndSendWithoutAMonthRefusesALaterReport() {
        FixtureSite site = FixtureSite.of("small", temp);
        site.run("new");
        site.run("new");

        FixtureSite.Run send = site.run("mail", "--send", "--from", "a@example.dk", "--to", "b@example.dk");

        assertEquals(1, send.exitCode(), send.err());
        assertTrue(
                send.headlines()
                        .contains("content/reports/2025-12.md: fejl: »--send« uden en måned ville sende rapporten for "
                                + "december 2025, men vi er i november 2025."),
                send.err());
        assertTrue(
                send.err()
                        .contains("  tip: Skriv måneden, hvis det er den rigtige: »./driftsstatus mail 2025-12 "
                                + "--send«.\n"),
                send.err());

        FixtureSite.Run dryRun = site.run("mail", "2025-11", "--dry-run", "--from", "a@example.dk");
        assertEquals(0, dryRun.exitCode(), dryRun.err());
        assertTrue(
                dryRun.out()
                        .startsWith("Mailen gælder rapporten for november 2025 (content/reports/2025-11.md): "
                                + "»FLIS driftsstatus – Oversigt pr. 10/11«.\n"),
                dryRun.out());
    }
}
