package dk.flis.driftsstatus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One folder per likely mistake under {@code src/test/resources/warned/}: laid over the small fixture
 * site, {@code check} prints exactly the warnings in {@code expected.txt} (none for a case that must
 * stay quiet) and still passes, and {@code build} still publishes. Refresh with
 * {@code -Dgolden.update=true} and review the diff.
 */
class WarnedContentTest {
    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyLikelyMistakeGivesItsExactWarningsAndStillBuilds() throws IOException {
        List<Path> folders = FixtureCases.folders("warned");
        return folders.stream()
                .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
                    FixtureSite site = FixtureCases.site(folder, temp);
                    FixtureSite.Run run = site.run("check");
                    List<String> expected = FixtureCases.expected("warned", folder, run);

                    assertEquals(0, run.exitCode(), run.err());
                    assertEquals(expected, run.headlines(), run.err());
                    assertTrue(expected.isEmpty() || run.err().contains("  tip: "), "with a hint:\n" + run.err());
                    assertEquals(0, site.run("build", "--no-pdf").exitCode(), "warnings never stop a build");
                }));
    }
}
