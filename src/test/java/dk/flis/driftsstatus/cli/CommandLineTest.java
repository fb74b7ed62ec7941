package dk.flis.driftsstatus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.diagnostic.Catalogue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The documented exit codes and help, as a user meets them. */
class CommandLineTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"build", "check", "new", "serve", "mail", "areas", "init"})
    void everyCommandHasHelp(String command) {
        FixtureSite.Run run = FixtureSite.of("small", temp).run(command, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Brug: driftsstatus " + command), run.out());
    }

    @Test
    void versionNamesTheCommitTheProgramWasBuiltFrom() throws Exception {
        FixtureSite.Run run = FixtureSite.of("small", temp).run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(
                run.out().matches("driftsstatus \\d+\\.\\d+\\.\\d+ \\(commit ([0-9a-f]{12}(-dirty)?|unknown)\\)\\R"),
                run.out());
        String head = gitHead();
        if (head != null) { // built in a clone: the commit it was built from
            assertTrue(run.out().contains("(commit " + head), run.out() + " names " + head);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void theEarlyVersionAnswerIsWhatPicocliPrints(String option) {
        StringWriter picocli = new StringWriter();
        new CommandLine(new Main(Catalogue.danish())).printVersionHelp(new PrintWriter(picocli, true));

        FixtureSite.Run run = FixtureSite.of("small", temp).run(option);

        assertEquals(0, run.exitCode());
        assertEquals(picocli.toString(), run.out());
        assertEquals("", run.err());
    }

    /** HEAD of the clone the tests run in, or null outside git. */
    private static String gitHead() throws Exception {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD")
                    .directory(FixtureSite.PROJECT.toFile())
                    .redirectErrorStream(true)
                    .start();
            String out =
                    new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 && out.matches("[0-9a-f]{12}") ? out : null;
        } catch (java.io.IOException noGit) {
            return null;
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        FixtureSite.Run run = FixtureSite.of("small", temp).run("build", "--colour");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("driftsstatus: fejl: Ukendt tilvalg »--colour«.\n"), run.err());
        assertTrue(
                run.err().endsWith("  tip: Skriv »./driftsstatus build --help« for at se, hvad kommandoen kan.\n"),
                run.err());
    }

    @Test
    void readOnlyAndAllowRemoteEditExcludeEachOther() {
        FixtureSite.Run run = FixtureSite.of("small", temp).run("serve", "--read-only", "--allow-remote-edit");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--read-only og --allow-remote-edit kan ikke bruges sammen"), run.err());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, FixtureSite.of("small", temp).run().exitCode());
    }

    @Test
    void checkPassesOnValidContentAndWritesNothing() {
        FixtureSite site = FixtureSite.of("small", temp);
        FixtureSite.Run run = site.run("check");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(site.path("site").toFile().exists());
    }

    @Test
    void checkPrintsTheSourceLineAndACaretUnderTheColumn() throws Exception {
        FixtureSite site = FixtureSite.of("small", temp);
        java.nio.file.Files.writeString(
                site.path("content/reports/2025-10.md"),
                "---\ndate: 2025-10-10\nareas:\n  okonomi: { status: parital }\n---\n");
        FixtureSite.Run run = site.run("check");
        assertEquals(1, run.exitCode());
        assertEquals("""
                content/reports/2025-10.md:4:22: fejl: Ukendt status »parital«.
                    okonomi: { status: parital }
                                       ^
                  tip: Mente du »partial« (Delvis drift)?
                1 fejl, 0 advarsler
                """, run.err());
    }

    @Test
    void missingContentFolderIsReportedNotThrown() {
        FixtureSite.Run run = FixtureSite.of("small", temp).run("build", "--content", "nowhere");
        assertEquals(1, run.exitCode());
        assertEquals(
                "nowhere: fejl: Mappen med indhold findes ikke.",
                run.headlines().get(0));
    }
}
