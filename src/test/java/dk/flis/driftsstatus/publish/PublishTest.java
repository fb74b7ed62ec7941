package dk.flis.driftsstatus.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published site/ changes only when a build fully succeeds, and two builds are identical. */
class PublishTest {
    @TempDir
    Path temp;

    @Test
    void failedBuildLeavesThePublishedSiteByteForByteUnchanged() throws IOException {
        FixtureSite site = FixtureSite.of("small", temp);
        assertEquals(0, site.run("build").exitCode());
        SortedMap<String, String> before = FixtureSite.hashes(site.path("site"));

        Files.writeString(site.path("content/reports/2025-10.md"), "---\ndate: 2025-10-10\nareas:\n  nope: {}\n---\n");
        FixtureSite.Run failed = site.run("build");

        assertEquals(1, failed.exitCode());
        assertEquals(before, FixtureSite.hashes(site.path("site")));
        assertNoLeftovers(site.root());
    }

    @Test
    void aBuildAfterAHandEditOfThePublishedSiteRepublishesWhatACleanBuildMakes() throws IOException {
        FixtureSite site = FixtureSite.of("small", temp);
        assertEquals(0, site.run("build", "--no-pdf").exitCode());
        SortedMap<String, String> clean = FixtureSite.hashes(site.path("site"));
        Path published = site.path("site").toRealPath();
        Files.writeString(published.resolve("index.html"), "edited by hand");
        Files.delete(published.resolve("style.css"));
        Files.writeString(published.resolve("extra.html"), "left by hand");

        assertEquals(0, site.run("build", "--no-pdf").exitCode());

        assertEquals(clean, FixtureSite.hashes(site.path("site")));
    }

    @Test
    void successfulBuildReplacesTheSiteWithoutLeftovers() throws IOException {
        FixtureSite site = FixtureSite.of("small", temp);
        assertEquals(0, site.run("build").exitCode());
        SortedMap<String, String> before = FixtureSite.hashes(site.path("site"));
        Files.writeString(site.path("content/pages/om.md"), "---\ntitle: Om\n---\nNy tekst.\n");

        assertEquals(0, site.run("build").exitCode());

        assertNotEquals(before, FixtureSite.hashes(site.path("site")));
        assertNoLeftovers(site.root());
    }

    @Test
    void publishedSiteIsReadableByAWebServerRunningAsAnotherUser() throws IOException {
        FixtureSite site = FixtureSite.of("small", temp);
        assertEquals(0, site.run("build").exitCode());

        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions =
                Files.getPosixFilePermissions(site.path("site").toRealPath());

        org.junit.jupiter.api.Assertions.assertTrue(
                permissions.containsAll(java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")),
                permissions.toString());
    }

    @Test
    void siteIsALinkToAnImmutableBuildAndOldBuildsAreRemoved() throws IOException {
        FixtureSite site = FixtureSite.of("small", temp);
        for (int i = 0; i < 4; i++) {
            Files.writeString(site.path("content/pages/om.md"), "---\ntitle: Om\n---\nUdgave " + i + ".\n");
            assertEquals(0, site.run("build").exitCode());
        }
        assertTrue(Files.isSymbolicLink(site.path("site")));
        assertTrue(Files.readString(site.path("site/sider/om.html")).contains("Udgave 3."));
        assertNoLeftovers(site.root());
    }

    @Test
    void aRealSiteFolderFromAnOlderVersionIsReplacedByTheLink() throws IOException {
        FixtureSite site = FixtureSite.of("small", temp);
        // What older versions wrote: the page frame in index.html, the stylesheet, pages.
        Files.createDirectories(site.path("site/gammel"));
        Files.writeString(
                site.path("site/index.html"),
                "<!DOCTYPE html>\n<body>\n"
                        + "<a class=\"skip-link\" href=\"#indhold\">Spring til indhold</a>\n<header class=\"site-header\">\n");
        Files.writeString(site.path("site/style.css"), "body { margin: 0; }");
        Files.writeString(site.path("site/gammel/side.html"), "old");

        assertEquals(0, site.run("build").exitCode());

        assertTrue(Files.isSymbolicLink(site.path("site")));
        assertTrue(Files.notExists(site.path("site/gammel")));
        assertTrue(Files.exists(site.path("site/index.html")));
        assertNoLeftovers(site.root());
    }

    @Test
    void anInterruptedMigrationIsFinishedByTheNextBuild() throws IOException {
        FixtureSite site = FixtureSite.of("small", temp);
        // What a kill between moving the real folder aside and linking leaves behind.
        Files.createDirectories(site.path(".site-builds/migrated"));
        Files.writeString(site.path(".site-builds/" + OwnFolders.BUILDS_MARKER), "");
        Files.writeString(site.path(".site-builds/migrated/" + OwnFolders.SITE_MARKER), "");
        Files.writeString(site.path(".site-builds/migrated/index.html"), "previous");
        Files.createDirectories(site.path(".site-builds/.staging-123"));
        Files.writeString(site.path("content/reports/2025-10.md"), "broken");

        assertEquals(1, site.run("build").exitCode());

        assertEquals("previous", Files.readString(site.path("site/index.html")));
        assertTrue(Files.notExists(site.path(".site-builds/.staging-123")));
    }

    @Test
    void twoBuildsOfTheSameContentAreIdentical() {
        FixtureSite first = FixtureSite.of("small", temp.resolve("a"));
        FixtureSite second = FixtureSite.of("small", temp.resolve("b"));
        assertEquals(0, first.run("build").exitCode());
        assertEquals(0, second.run("build").exitCode());
        assertEquals(FixtureSite.hashes(first.path("site")), FixtureSite.hashes(second.path("site")));
    }

    /** Only the published build and the one before it remain (with the marker and lock); no staging folders or stray links. */
    static void assertNoLeftovers(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".site"))
                    .toList();
            assertTrue(names.stream().allMatch(n -> n.equals(".site-builds")), "only the builds folder: " + names);
        }
        Path builds = root.resolve(".site-builds");
        if (Files.isDirectory(builds)) {
            try (Stream<Path> files = Files.list(builds)) {
                List<String> names = files.map(p -> p.getFileName().toString())
                        .filter(n -> !n.equals(OwnFolders.BUILDS_MARKER) && !n.equals(OutputLock.FILE))
                        .toList();
                assertTrue(names.size() <= 2 && names.stream().noneMatch(n -> n.startsWith(".")), "builds: " + names);
            }
        }
    }
}
