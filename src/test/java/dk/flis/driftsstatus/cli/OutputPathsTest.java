package dk.flis.driftsstatus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mail and the other commands check every output path before anything is built or published, say
 * what went wrong in words (not only a path), and treat wrong option values as usage errors (exit 2).
 */
class OutputPathsTest {
    private static final String MAIL = "{ \"from\": \"FLIS Drift <drift@flis.dk>\", \"to\": [\"a@kommune.dk\"] }";

    @TempDir
    Path temp;

    @Test
    void anEmlInAMissingFolderIsAnErrorBeforeAnythingIsPublished() throws IOException {
        FixtureSite site = MailFixture.history(temp.resolve("project"), MAIL);
        SortedMap<String, String> before = tree(temp);

        FixtureSite.Run run =
                site.run("mail", "--eml", temp.resolve("missing-dir/x.eml").toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(before, tree(temp));
        assertTrue(run.err().contains("fejl: Mappen " + temp.resolve("missing-dir") + " findes ikke."), run.err());
        assertTrue(run.err().contains("Intet er udgivet, skrevet eller sendt."), run.err());
    }

    @Test
    void anEmlNeverOverwritesAFileItDidNotWrite() throws IOException {
        FixtureSite site = MailFixture.history(temp.resolve("project"), MAIL);
        Files.writeString(site.path("thesis.txt"), "precious");
        assertEquals(0, site.run("mail", "--eml", "oktober.eml").exitCode());
        SortedMap<String, String> before = tree(temp);

        FixtureSite.Run refused = site.run("mail", "--eml", "thesis.txt");

        assertEquals(1, refused.exitCode(), refused.err());
        assertTrue(
                refused.err()
                        .contains(
                                "thesis.txt: fejl: Filen findes allerede og er ikke en mail, som driftsstatus har skrevet."),
                refused.err());
        assertEquals(before, tree(temp));
        assertEquals(0, site.run("mail", "--eml", "oktober.eml").exitCode(), "its own .eml is replaced");
    }

    @Test
    void aDryRunLeavesTheFileTreeByteForByteAsItWas() throws IOException {
        FixtureSite site = MailFixture.history(temp.resolve("project"), MAIL);
        assertEquals(0, site.run("build", "--no-pdf").exitCode()); // a published site and a render cache
        Files.writeString(site.path("content/pages/om.md"), "---\ntitle: Om\n---\nÆndret.\n");
        SortedMap<String, String> before = tree(temp);

        FixtureSite.Run run = site.run("mail", "--dry-run");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(before, tree(temp));
    }

    @Test
    void mailToTheRootOrAUserFolderIsRefusedBeforeBuilding() throws IOException {
        FixtureSite site = MailFixture.history(temp.resolve("project"), MAIL);
        Files.createDirectories(site.path("mydocs"));
        Files.writeString(site.path("mydocs/thesis.txt"), "precious");
        SortedMap<String, String> before = tree(temp);

        FixtureSite.Run root = site.run("mail", "--out", "/", "--eml", "x.eml");
        FixtureSite.Run user = site.run("mail", "--out", "mydocs", "--eml", "x.eml");

        assertEquals(1, root.exitCode(), root.err());
        assertEquals(1, user.exitCode(), user.err());
        assertTrue(root.err().contains("fejl: Udgivelsesmappen er roden af filsystemet."), root.err());
        assertFalse(root.err().contains("NullPointer") || root.err().contains("Cannot invoke"), root.err());
        assertTrue(user.err().contains("mydocs: fejl: Mappen er ikke lavet af driftsstatus"), user.err());
        assertEquals(before, tree(temp));
    }

    @Test
    void anOutputThatCannotBeCreatedIsOneLineWithItsCause() throws IOException {
        FixtureSite site = FixtureSite.of("small", temp.resolve("project"));
        Files.writeString(site.path("notes.txt"), "mine");

        FixtureSite.Run run = site.run("build", "--no-pdf", "--out", "notes.txt/site");

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(
                run.err()
                        .startsWith("notes.txt/site: fejl: Udgivelsesmappen kan ikke gøres klar: der ligger allerede "
                                + "en fil med det navn: "),
                run.err());
        assertEquals("mine", Files.readString(site.path("notes.txt")));
    }

    @Test
    void outOfRangePortsAreUsageErrors() {
        FixtureSite site = MailFixture.history(temp.resolve("project"), MAIL);

        FixtureSite.Run serve = site.run("serve", "--port", "70000");
        FixtureSite.Run mail = site.run("mail", "--dry-run", "--smtp-port", "70000");

        assertEquals(2, serve.exitCode(), serve.err());
        assertTrue(serve.err().contains("»--port« skal være et tal fra 1 til 65535, ikke 70000."), serve.err());
        assertEquals(2, mail.exitCode(), mail.err());
        assertTrue(mail.err().contains("»--smtp-port« skal være et tal fra 1 til 65535, ikke 70000."), mail.err());
        FixtureSite.Run security = site.run("mail", "--dry-run", "--smtp-security", "ssl");
        assertEquals(2, security.exitCode(), security.err());
    }

    /** Every entry under {@code dir}, not following links, with file contents hashed. */
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
                    try {
                        entries.put(
                                name,
                                HexFormat.of()
                                        .formatHex(MessageDigest.getInstance("SHA-256")
                                                .digest(Files.readAllBytes(path))));
                    } catch (java.security.NoSuchAlgorithmException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return entries;
    }
}
