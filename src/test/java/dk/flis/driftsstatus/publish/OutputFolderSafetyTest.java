package dk.flis.driftsstatus.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.diagnostic.Catalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A mistyped {@code --out} never moves or deletes what is not ours: every file under the test's
 * folder (the project and what lies beside it) is hashed before and after, links and folders included.
 */
class OutputFolderSafetyTest {
    @TempDir
    Path temp;

    /** Two folders deep, so that {@code ..} and {@code ../..} still lie inside the test's folder. */
    private FixtureSite site() {
        return FixtureSite.of("small", temp.resolve("a/b/project"));
    }

    @Test
    void aUserFolderIsRefusedAndKeepsEveryFile() throws IOException {
        FixtureSite site = site();
        Files.createDirectories(site.path("mydocs"));
        Files.writeString(site.path("mydocs/thesis.txt"), "precious");
        SortedMap<String, String> before = tree(temp);

        FixtureSite.Run first = site.run("build", "--out", "mydocs");
        FixtureSite.Run second = site.run("build", "--out", "mydocs");

        assertEquals(1, first.exitCode(), first.err());
        assertEquals(1, second.exitCode(), second.err());
        assertEquals(before, tree(temp));
        assertTrue(first.err().contains("mydocs: fejl: Mappen er ikke lavet af driftsstatus"), first.err());
        assertTrue(first.err().contains("thesis.txt"), "says what was found: " + first.err());
        assertTrue(first.err().contains("Vælg en tom eller ny mappe til sitet"), first.err());
        assertFalse(first.out().contains("Sitet er bygget"), first.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "content", "templates", "content/reports", "templates/static", "..", "../..", "/"})
    void theProjectItsFoldersTheirParentsAndTheRootAreRefusedUntouched(String out) throws IOException {
        FixtureSite site = site();
        SortedMap<String, String> before = tree(temp);

        FixtureSite.Run run = site.run("build", "--out", out);

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(before, tree(temp));
        assertTrue(run.err().contains("fejl: "), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("Cannot invoke"), run.err());
        assertTrue(run.err().contains("tip: "), run.err());
        assertEquals(0, site.run("build").exitCode(), "the project still builds");
    }

    @Test
    void theHomeFolderAndItsParentsAreRefused() throws IOException {
        Path home = Files.createDirectories(temp.resolve("home/editor"));
        Path project = Files.createDirectories(home.resolve("driftsstatus"));
        OutputGuard.Protected folders =
                new OutputGuard.Protected(project, project.resolve("content"), project.resolve("templates"), home);

        assertEquals(
                "Udgivelsesmappen er din hjemmemappe.",
                Catalogue.danish()
                        .format(OutputGuard.check(home, folders).orElseThrow().text()));
        assertTrue(OutputGuard.check(home.getParent(), folders).isPresent());
        assertTrue(OutputGuard.check(project.resolve("site"), folders).isEmpty());
    }

    @Test
    void aLinkToAFolderElsewhereIsNeitherReplacedNorFollowed() throws IOException {
        FixtureSite site = site();
        Path www = Files.createDirectories(temp.resolve("var-www-html"));
        Files.writeString(www.resolve("index.html"), "the web server's own page");
        Files.createSymbolicLink(site.path("site"), www);
        SortedMap<String, String> before = tree(temp);

        FixtureSite.Run run = site.run("build");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(before, tree(temp));
        assertEquals(www, Files.readSymbolicLink(site.path("site")));
        assertTrue(run.err().contains("site: fejl: Udgivelsesmappen er en genvej til " + www), run.err());
    }

    @Test
    void aFileIsRefused() throws IOException {
        FixtureSite site = site();
        Files.writeString(site.path("notes.txt"), "mine");
        SortedMap<String, String> before = tree(temp);

        FixtureSite.Run run = site.run("build", "--out", "notes.txt");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(before, tree(temp));
        assertTrue(run.err().contains("notes.txt: fejl: Udgivelsesmappen er en fil"), run.err());
    }

    @Test
    void aFolderInsideAPublishedBuildIsRefused() throws IOException {
        FixtureSite site = site();
        assertEquals(0, site.run("build").exitCode());
        SortedMap<String, String> before = tree(temp);

        FixtureSite.Run run = site.run("build", "--out", "site/sub");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(before, tree(temp));
    }

    @Test
    void anEmptyFolderOrANewOneIsAccepted() throws IOException {
        FixtureSite site = site();
        Files.createDirectories(site.path("empty"));

        assertEquals(0, site.run("build", "--out", "empty").exitCode());
        assertEquals(0, site.run("build", "--out", "new/deeper").exitCode());

        assertTrue(Files.isSymbolicLink(site.path("empty")));
        assertTrue(Files.isRegularFile(site.path("empty/index.html")));
        assertTrue(Files.isRegularFile(site.path("new/deeper/index.html")));
    }

    @Test
    void aRealSiteFolderOfAnOlderVersionIsMigratedOnlyWhenItIsRecognisablyOurs() throws IOException {
        FixtureSite site = site();
        assertEquals(0, site.run("build", "--out", "reference").exitCode());
        FixtureSite.copyTree(site.path("reference"), site.path("site")); // a real folder, as older versions wrote
        Files.delete(site.path("site/" + OwnFolders.SITE_MARKER)); // they wrote no marker either

        assertEquals(0, site.run("build").exitCode());
        assertTrue(Files.isSymbolicLink(site.path("site")));

        FixtureSite.copyTree(site.path("reference"), site.path("other"));
        Files.delete(site.path("other/" + OwnFolders.SITE_MARKER));
        Files.writeString(site.path("other/thesis.txt"), "precious");
        SortedMap<String, String> before = tree(temp);
        FixtureSite.Run run = site.run("build", "--out", "other");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(before, tree(temp));
    }

    @Test
    void cleanupLeavesAFolderItDidNotMakeInTheBuildsFolder() throws IOException {
        FixtureSite site = site();
        assertEquals(0, site.run("build").exitCode());
        Files.createDirectories(site.path(".site-builds/0123456789abcdef0123"));
        Files.writeString(site.path(".site-builds/0123456789abcdef0123/thesis.txt"), "precious");
        Files.createDirectories(site.path(".site-builds/.staging-42"));
        Files.writeString(site.path(".site-builds/.staging-42/notes.txt"), "precious");

        for (int i = 0; i < 3; i++) {
            Files.writeString(site.path("content/pages/om.md"), "---\ntitle: Om\n---\nUdgave " + i + ".\n");
            assertEquals(0, site.run("build").exitCode());
        }

        assertEquals("precious", Files.readString(site.path(".site-builds/0123456789abcdef0123/thesis.txt")));
        assertEquals("precious", Files.readString(site.path(".site-builds/.staging-42/notes.txt")));
    }

    @Test
    void aBuildsFolderNotMadeByUsIsRefused() throws IOException {
        FixtureSite site = site();
        Files.createDirectories(site.path(".site-builds"));
        Files.writeString(site.path(".site-builds/diary.txt"), "precious");
        SortedMap<String, String> before = tree(temp);

        FixtureSite.Run run = site.run("build");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(before, tree(temp));
    }

    /**
     * Every entry under {@code dir}, not following links: regular files by content hash, links by
     * target, folders by name; hidden files included.
     */
    static SortedMap<String, String> tree(Path dir) throws IOException {
        SortedMap<String, String> entries = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.toList()) {
                String name = dir.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    entries.put(name, "link -> " + Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    entries.put(name, "folder");
                } else {
                    entries.put(name, sha256(Files.readAllBytes(path)));
                }
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
