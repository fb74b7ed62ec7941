package dk.flis.driftsstatus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One folder per invalid case under {@code src/test/resources/invalid/}: its files are laid over the
 * small fixture site, and {@code expected.txt} holds the exact diagnostics {@code check} must print
 * (in Danish, the fixture's language); refresh with {@code -Dgolden.update=true} and review the diff.
 */
class InvalidContentTest {
    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyInvalidCaseGivesItsExactDiagnostics() throws IOException {
        List<Path> folders = FixtureCases.folders("invalid");
        assertTrue(folders.size() >= 15, "expected the catalogue of invalid cases");
        return folders.stream()
                .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
                    FixtureSite site = FixtureCases.site(folder, temp);
                    FixtureSite.Run run = site.run("build");
                    List<String> expected = FixtureCases.expected("invalid", folder, run);

                    assertEquals(1, run.exitCode(), run.err());
                    assertEquals(expected, run.headlines(), run.err());
                    assertFalse(run.err().contains("Exception"), "no stack trace without --verbose:\n" + run.err());
                    assertTrue(run.err().contains("  tip: "), "every case gives a hint:\n" + run.err());
                    assertFalse(Files.exists(site.path("site")), "nothing is published");
                }));
    }
}
