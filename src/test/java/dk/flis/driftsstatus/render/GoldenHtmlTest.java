package dk.flis.driftsstatus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated pages compared byte for byte with the files under {@code src/test/resources/golden/}.
 * After an intended change, refresh them with {@code mvn test -Dgolden.update=true} and review the diff.
 */
class GoldenHtmlTest {
    private static final Path GOLDEN = FixtureSite.PROJECT.resolve("src/test/resources/golden");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "real/rapporter/2025-10.html",
                "real/sider/opdateringsfrekvens.html",
                "real/arkiv.html",
                "small/rapporter/2025-10.html"
            })
    void pageMatchesItsGoldenFile(String golden) throws IOException {
        String fixture = golden.substring(0, golden.indexOf('/'));
        String page = golden.substring(golden.indexOf('/') + 1);
        FixtureSite site = fixture.equals("real") ? FixtureSite.realContent(temp) : FixtureSite.of(fixture, temp);
        FixtureSite.Run run = site.run("build", "--no-pdf");
        assertEquals(0, run.exitCode(), run.err());
        String actual = Files.readString(site.path("site/" + page), StandardCharsets.UTF_8);
        Path expectedFile = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(expectedFile.getParent());
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertEquals(
                Files.readString(expectedFile, StandardCharsets.UTF_8),
                actual,
                "differs from " + expectedFile + "; if intended, run mvn test -Dgolden.update=true");
    }
}
