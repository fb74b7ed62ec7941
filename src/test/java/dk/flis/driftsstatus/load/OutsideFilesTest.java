package dk.flis.driftsstatus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing from outside the project is read or published: a symbolic link in content/ or templates/
 * that leaves its folder is an error at the link, and no error shows a line of the file it points to.
 */
class OutsideFilesTest {
    private static final String SECRET = "root:x:0:0:root:/root:/bin/bash";

    @TempDir
    Path temp;

    private FixtureSite site;
    private Path outside;

    @BeforeEach
    void projectAndASecretBesideIt() throws IOException {
        site = FixtureSite.of("small", temp.resolve("project"));
        outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(outside.resolve("passwd"), SECRET + "\n");
    }

    @Test
    void aStaticFileLinkedFromOutsideIsNotPublished() throws IOException {
        Files.createSymbolicLink(site.path("templates/static/secret.txt"), outside.resolve("passwd"));

        FixtureSite.Run run = site.run("build", "--no-pdf");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(
                "templates/static/secret.txt: fejl: Filen er en genvej (symbolsk link) til " + outside.resolve("passwd")
                        + ", som ligger uden for skabelonmappen.",
                run.headlines().get(0));
        assertFalse(Files.exists(site.path("site/secret.txt")));
        assertFalse(run.err().contains(SECRET), run.err());
    }

    @Test
    void aReportLinkedToAFileOutsideIsNotRead() throws IOException {
        Files.delete(site.path("content/reports/2025-10.md"));
        Files.createSymbolicLink(site.path("content/reports/2025-10.md"), outside.resolve("passwd"));

        FixtureSite.Run run = site.run("check");

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(
                run.headlines()
                        .contains("content/reports/2025-10.md: fejl: Filen er en genvej (symbolsk link) til "
                                + outside.resolve("passwd") + ", som ligger uden for indholdsmappen."),
                run.err());
        assertFalse(run.err().contains(SECRET), run.err());
    }

    @Test
    void pagesSiteSettingsAndLinkedFoldersOutsideAreNotRead() throws IOException {
        Files.createSymbolicLink(site.path("content/pages/hemmelig.md"), outside.resolve("passwd"));
        Files.delete(site.path("content/site.json"));
        Files.createSymbolicLink(site.path("content/site.json"), outside.resolve("passwd"));
        Path reports = Files.createDirectories(temp.resolve("other-reports"));
        Files.writeString(reports.resolve("2025-11.md"), "---\n" + SECRET + "\n---\n");
        FixtureSite.copyTree(site.path("content/reports"), reports);
        deleteTree(site.path("content/reports"));
        Files.createSymbolicLink(site.path("content/reports"), reports);

        FixtureSite.Run run = site.run("check");

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(
                run.err().contains("content/pages/hemmelig.md: fejl: Filen er en genvej (symbolsk link) til"),
                run.err());
        assertTrue(run.err().contains("content/site.json: fejl: Filen er en genvej (symbolsk link) til"), run.err());
        assertTrue(run.err().contains("content/reports: fejl: Mappen er en genvej (symbolsk link) til"), run.err());
        assertFalse(run.err().contains(SECRET), run.err());
    }

    @Test
    void aLinkThatStaysInsideItsFolderIsFollowed() throws IOException {
        Files.createDirectories(site.path("content/drafts"));
        Files.move(site.path("content/pages/om.md"), site.path("content/drafts/om.md"));
        Files.createSymbolicLink(site.path("content/pages/om.md"), Path.of("../drafts/om.md"));

        FixtureSite.Run run = site.run("build", "--no-pdf");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(site.path("site/sider/om.html")));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
