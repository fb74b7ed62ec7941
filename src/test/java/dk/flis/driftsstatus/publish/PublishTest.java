package dk.flis.driftsstatus.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void twoBuildsOfTheSameContentAreIdentical() {
        FixtureSite first = FixtureSite.of("small", temp.resolve("a"));
        FixtureSite second = FixtureSite.of("small", temp.resolve("b"));
        assertEquals(0, first.run("build").exitCode());
        assertEquals(0, second.run("build").exitCode());
        assertEquals(FixtureSite.hashes(first.path("site")), FixtureSite.hashes(second.path("site")));
    }

    private static void assertNoLeftovers(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(".site-")), "no staging folders left");
        }
    }
}
