package dk.flis.driftsstatus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A build that finds nothing changed since the last build of its output does nothing and says so;
 * every kind of change (a byte edited with size and time restored, a file added, removed or renamed
 * in content/ or templates/, other options, working directory, program, Java or locale, the output
 * touched, a failed build in between) makes it a normal build, and the site is always byte for byte
 * what a clean build makes.
 */
class NoOpBuildTest {
    private static final String UP_TO_DATE = "Intet er ændret siden sidste bygning";
    private static final String[] BUILD = {"build", "--no-pdf"};

    @TempDir
    Path temp;

    @Test
    void anUnchangedBuildDoesNothingPrintsTheSameWarningsAndLeavesTheSiteAsACleanBuildMakesIt() throws Exception {
        FixtureSite site = FixtureSite.of("small", temp.resolve("project"));
        // A problem status without a note is a warning: the no-op must print it as the build did.
        Files.writeString(
                site.path("content/reports/2025-10.md"),
                "---\ndate: 2025-10-10\nareas:\n  okonomi: { status: partial }\n---\n");
        FixtureSite.Run built = site.run(BUILD);
        FixtureSite.Run again = site.run(BUILD);

        assertTrue(built.out().startsWith("Sitet er bygget"), built.out() + built.err());
        assertEquals(0, again.exitCode());
        assertEquals(UP_TO_DATE + ": 2 rapporter i site/ er opdateret.\n", again.out());
        assertEquals(built.err(), again.err());
        assertFalse(again.err().isEmpty(), "the fixture's edit gives a warning to replay");
        assertEquals(clean(site, BUILD), FixtureSite.hashes(site.path("site")));
    }

    @Test
    void theUpToDateLineIsInTheLanguageOfTheContentItWasRecordedFor() throws Exception {
        FixtureSite site = FixtureSite.of("small", temp.resolve("project"));
        Path config = site.path("content/site.json");
        Files.writeString(config, Files.readString(config).replace("\"language\": \"da\"", "\"language\": \"en\""));
        assertEquals(0, site.run(BUILD).exitCode());
        assertEquals(
                "Nothing changed since the last build: 2 reports in site/ are up to date.\n",
                site.run(BUILD).out());

        Files.writeString(config, Files.readString(config).replace("\"language\": \"en\"", "\"language\": \"da\""));
        assertTrue(site.run(BUILD).out().startsWith("Sitet er bygget"));
        assertEquals(
                UP_TO_DATE + ": 2 rapporter i site/ er opdateret.\n",
                site.run(BUILD).out());
    }

    @Test
    void aBuildWithPdfsIsUpToDateOnlyForBuildsWithPdfs() {
        FixtureSite site = FixtureSite.of("small", temp.resolve("project"));
        site.run("build");
        assertTrue(site.run("build").out().startsWith(UP_TO_DATE));
        assertFalse(site.run(BUILD).out().startsWith(UP_TO_DATE));
        assertTrue(site.run(BUILD).out().startsWith(UP_TO_DATE));
        assertFalse(site.run("build").out().startsWith(UP_TO_DATE));
    }

    /** A change made after an up-to-date build, by name for the report. */
    interface Change {
        void apply(FixtureSite site) throws Exception;
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change("a content byte, same size and time", s -> flipByte(s.path("content/reports/2025-10.md"))),
                change("a template byte, same size and time", s -> flipByte(s.path("templates/report.ftlh"))),
                change("a static file byte, same size and time", s -> flipByte(s.path("templates/static/style.css"))),
                change("content file added", s -> Files.writeString(s.path("content/pages/ny.md"), "# Ny\n\nSide.\n")),
                change("editor's scratch file added", s -> Files.writeString(s.path("content/reports/.x.md.swp"), "")),
                change("template added", s -> Files.writeString(s.path("templates/static/extra.css"), "p{}\n")),
                change("content file removed", s -> Files.delete(s.path("content/pages/om.md"))),
                change("template removed", s -> Files.delete(s.path("templates/static/style.css"))),
                change("content file renamed", s -> rename(s.path("content/pages/om.md"), "om-os.md")),
                change("template renamed", s -> rename(s.path("templates/static/style.css"), "stil.css")),
                change("content folder emptied of a sub-folder", s -> {
                    rename(s.path("content/pages/om.md"), "../om.md");
                    Files.delete(s.path("content/pages"));
                }),
                change("published file edited, same size and time", s -> flipByte(published(s, "index.html"))),
                change("published file deleted", s -> Files.delete(published(s, "index.html"))),
                change("file added to the published build", s -> Files.writeString(published(s, "x.html"), "x")),
                change("output link removed", s -> Files.delete(s.path("site"))),
                change("output link points elsewhere", s -> {
                    Path copy = s.path(".site-builds/copy");
                    FixtureSite.copyTree(s.path("site"), copy);
                    Files.delete(s.path("site"));
                    Files.createSymbolicLink(s.path("site"), Path.of(".site-builds/copy"));
                }),
                change("manifest edited", s -> {
                    Path manifest = NoOpManifest.file(s.path("site"));
                    String text = Files.readString(manifest);
                    Files.writeString(
                            manifest, text.replaceFirst("checksum content (\\S+) .", "checksum content $1 0"));
                }),
                change("manifest deleted", s -> Files.delete(NoOpManifest.file(s.path("site")))),
                change("a failed build in between", s -> {
                    Path report = s.path("content/reports/2025-10.md");
                    byte[] bytes = Files.readAllBytes(report);
                    FileTime time = Files.getLastModifiedTime(report);
                    Files.writeString(report, "---\ndate: nonsense\n---\n");
                    assertEquals(1, s.run(BUILD).exitCode());
                    Files.write(report, bytes);
                    Files.setLastModifiedTime(report, time);
                }));
    }

    private static Arguments change(String name, Change change) {
        return Arguments.of(name, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void everyKindOfChangeMakesANormalBuildThatEqualsACleanOne(String name, Change change) throws Exception {
        FixtureSite site = FixtureSite.of("small", temp.resolve("project"));
        assertTrue(site.run(BUILD).out().startsWith("Sitet er bygget"));
        assertTrue(site.run(BUILD).out().startsWith(UP_TO_DATE), "up to date before: " + name);

        change.apply(site);
        FixtureSite.Run after = site.run(BUILD);

        assertFalse(after.out().startsWith(UP_TO_DATE), name + " went unnoticed");
        if (after.exitCode() == 0) {
            assertTrue(after.out().startsWith("Sitet er bygget"), after.out());
            assertEquals(clean(site, BUILD), FixtureSite.hashes(site.path("site")), name);
            assertTrue(site.run(BUILD).out().startsWith(UP_TO_DATE), "up to date again after: " + name);
        }
    }

    @Test
    void otherOptionsOrAnotherWorkingDirectoryAreNotTheBuildTheManifestDescribes() throws Exception {
        FixtureSite site = FixtureSite.of("small", temp.resolve("project"));
        Files.createDirectories(site.path("sub"));
        String[] absolute = {
            "build",
            "--no-pdf",
            "--content",
            site.path("content").toString(),
            "--templates",
            site.path("templates").toString(),
            "--out",
            site.path("site").toString()
        };
        site.run(absolute);
        assertTrue(site.run(absolute).out().startsWith(UP_TO_DATE));

        FixtureSite.copyTree(site.path("content"), site.path("same-content"));
        assertFalse(site.run(with(absolute, 3, site.path("same-content").toString()))
                .out()
                .startsWith(UP_TO_DATE));
        site.run(absolute);
        assertFalse(
                site.run(with(absolute, 7, site.path("other").toString())).out().startsWith(UP_TO_DATE));
        assertTrue(site.run(absolute).out().startsWith(UP_TO_DATE));

        // The same absolute paths from another folder: messages would name files differently.
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), site.path("sub"), absolute);
        assertTrue(out.toString().startsWith("Sitet er bygget"), out.toString());

        // Only the plain forms are answered early: anything else is a normal build.
        site.run(absolute);
        assertFalse(site.run("build", "--no-pdf", "--timings").out().startsWith(UP_TO_DATE));
        site.run(BUILD);
        assertFalse(site.run("build", "--no-pdf", "--verbose").out().startsWith(UP_TO_DATE));
        assertFalse(site.run("build", "--no-pdf", "--out=site").out().startsWith(UP_TO_DATE));
    }

    @Test
    void anotherProgramJavaOrLocaleIsNotTheBuildTheManifestDescribes() {
        FixtureSite site = FixtureSite.of("small", temp.resolve("project"));
        site.run(BUILD);
        BuildOptions options =
                new BuildOptions(site.path("content"), site.path("templates"), site.path("site"), site.root(), false);
        NoOpManifest.Identity now = NoOpManifest.Identity.current();

        assertTrue(new NoOpManifest(options, now).upToDate().isPresent());
        assertTrue(
                new NoOpManifest(options, new NoOpManifest.Identity("0" + now.program(), now.java(), now.environment()))
                        .upToDate()
                        .isEmpty());
        assertTrue(
                new NoOpManifest(options, new NoOpManifest.Identity(now.program(), now.java() + "1", now.environment()))
                        .upToDate()
                        .isEmpty());
        assertTrue(new NoOpManifest(
                        options, new NoOpManifest.Identity(now.program(), now.java(), "da-DK " + now.environment()))
                .upToDate()
                .isEmpty());
    }

    /** The site a clean build of the same files makes, in a fresh copy of the project. */
    private SortedMap<String, String> clean(FixtureSite site, String... args) {
        Path copy = temp.resolve("clean-" + System.nanoTime());
        FixtureSite.copyTree(site.path("content"), copy.resolve("content"));
        FixtureSite.copyTree(site.path("templates"), copy.resolve("templates"));
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), copy, args);
        assertEquals(0, code, err.toString());
        return FixtureSite.hashes(copy.resolve("site"));
    }

    private static String[] with(String[] args, int index, String value) {
        List<String> changed = new ArrayList<>(List.of(args));
        changed.set(index, value);
        return changed.toArray(new String[0]);
    }

    private static Path published(FixtureSite site, String name) throws IOException {
        return site.path("site").toRealPath().resolve(name);
    }

    private static void rename(Path file, String name) throws IOException {
        Files.move(file, file.resolveSibling(name));
    }

    /** Changes one byte of {@code file} and restores its size and modification time. */
    private static void flipByte(Path file) throws IOException {
        FileTime time = Files.getLastModifiedTime(file);
        byte[] bytes = Files.readAllBytes(file);
        int i = bytes.length / 2;
        bytes[i] = (byte) (bytes[i] == 'a' ? 'b' : 'a');
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, time);
        assertEquals(time, Files.getLastModifiedTime(file));
    }
}
