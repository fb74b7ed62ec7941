package dk.flis.driftsstatus.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.Exhaustive;
import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.SharedSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./driftsstatus} in a copy of this project folder, as an editor who copied or moved it meets
 * it: no JVM warning, no escape codes, no Maven output; the class-data archive made for the old
 * folder is made again for the new one (and said so once), then reused in silence.
 */
class LauncherTest {
    private static final String PREPARING =
            "driftsstatus: preparing a faster start for this Java and this folder " + "(once, about 10 seconds) ...\n";
    private static final String COMPILING = "driftsstatus: compiling the program with Maven (first run, or its sources "
            + "changed; about a minute) ...\n";
    /** What a compiled project folder holds that the launcher looks at (its sources only for their times). */
    private static final List<String> PROJECT =
            List.of("driftsstatus", "pom.xml", "src/main", "src/dist", "src/assembly", "content", "templates");

    @TempDir
    Path temp;

    @Test
    void aCopiedProjectMakesItsArchiveAgainOnceAndNeverWarns() throws Exception {
        Path first = compiledCopy(temp.resolve("first"));
        Shell.Result version =
                Shell.run(first, null, first.resolve("driftsstatus").toString(), "--version");
        assertEquals(0, version.exitCode(), version.all());
        assertTrue(
                version.out()
                        .matches("driftsstatus \\d+\\.\\d+\\.\\d+ \\(commit ([0-9a-f]{12}(-dirty)?|unknown)\\)\\n"),
                version.all());
        assertEquals(PREPARING, version.err(), "the first run says what it does, and nothing else");

        Path moved = temp.resolve("moved");
        copy(first, moved, path -> true);
        Path archive = moved.resolve("target/dist/lib/driftsstatus.jsa");
        assertNotEquals(0, strictlyShared(moved, archive).exitCode(), "the copied archive no longer fits the jar");

        Shell.Result build =
                Shell.run(moved, null, moved.resolve("driftsstatus").toString(), "build");
        assertEquals(0, build.exitCode(), build.all());
        assertEquals(PREPARING, build.err(), "made again for the new folder, without a JVM warning");
        assertEquals(0, strictlyShared(moved, archive).exitCode(), "the new archive fits");

        Shell.Result again =
                Shell.run(moved, null, moved.resolve("driftsstatus").toString(), "build");
        assertEquals(0, again.exitCode(), again.all());
        assertEquals("", again.err(), "reused in silence");

        SharedSites.Built reference = SharedSites.real();
        assertEquals(0, reference.run().exitCode());
        assertEquals(
                FixtureSite.hashes(reference.site().path("site")),
                FixtureSite.hashes(moved.resolve("site")),
                "./driftsstatus build makes the same site as the program in the tests");
    }

    /** Exhaustive only (a whole Maven build, about a minute): a fresh folder compiles without Maven's noise. */
    @Test
    @Tag(Exhaustive.TAG)
    void aFreshFolderCompilesQuietlyAndAFolderOutsideGitSaysSo() throws Exception {
        Assumptions.assumeTrue(Exhaustive.enabled(), "a full Maven build: only with -Pexhaustive");
        Path fresh = temp.resolve("fresh");
        copy(FixtureSite.PROJECT, fresh, path -> PROJECT.stream().anyMatch(path::startsWith));
        Shell.Result version =
                Shell.run(fresh, null, fresh.resolve("driftsstatus").toString(), "--version");
        assertEquals(0, version.exitCode(), version.all());
        assertEquals(COMPILING + PREPARING, version.err());
        assertTrue(version.out().matches("driftsstatus \\d+\\.\\d+\\.\\d+ \\(commit unknown\\)\\n"), version.all());
    }

    /** A copy of this project as `./driftsstatus` left it after compiling: sources, target/dist, no archive. */
    private static Path compiledCopy(Path to) throws IOException {
        copy(
                FixtureSite.PROJECT,
                to,
                path -> PROJECT.stream().anyMatch(path::startsWith)
                        || path.startsWith("target/dist")
                                && !path.getFileName().toString().startsWith("driftsstatus.jsa"));
        // What ./driftsstatus writes after compiling (mvn test compiles without it).
        Path built = to.resolve("target/dist/.built");
        Files.writeString(built, "");
        Files.setLastModifiedTime(built, FileTime.fromMillis(System.currentTimeMillis()));
        return to;
    }

    /** Runs the program with the archive required ({@code -Xshare:on}): fails when the JVM cannot use it. */
    private static Shell.Result strictlyShared(Path project, Path archive) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return Shell.run(
                project,
                null,
                java,
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xmx384m",
                "-Xshare:on",
                "-XX:SharedArchiveFile=" + archive,
                "-jar",
                project.resolve("target/dist/lib/driftsstatus.jar").toString(),
                "--version");
    }

    /** Copies the files under {@code from} whose relative path passes {@code keep}, with their times and modes. */
    private static void copy(Path from, Path to, Predicate<Path> keep) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                if (!keep.test(relative)) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
