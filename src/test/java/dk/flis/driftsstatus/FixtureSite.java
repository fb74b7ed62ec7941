package dk.flis.driftsstatus;

import dk.flis.driftsstatus.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A project folder for one test: a fixture's content (plus any overlay of changed files), a copy of
 * the real templates, and a way to run the CLI in it as a user would.
 */
public final class FixtureSite {
    public static final Path PROJECT = Path.of("").toAbsolutePath();

    private final Path root;

    private FixtureSite(Path root) {
        this.root = root;
    }

    /** A project in {@code dir} with the fixture {@code sites/NAME} and the real templates. */
    public static FixtureSite of(String name, Path dir) {
        copyTree(resource("sites/" + name), dir);
        copyTree(PROJECT.resolve("templates"), dir.resolve("templates"));
        return new FixtureSite(dir);
    }

    /** A project in {@code dir} with the real templates and no content yet. */
    public static FixtureSite withTemplates(Path dir) {
        copyTree(PROJECT.resolve("templates"), dir.resolve("templates"));
        return new FixtureSite(dir);
    }

    /** A project with the real {@code content/} of the repository. */
    public static FixtureSite realContent(Path dir) {
        copyTree(PROJECT.resolve("content"), dir.resolve("content"));
        copyTree(PROJECT.resolve("templates"), dir.resolve("templates"));
        return new FixtureSite(dir);
    }

    /** Copies the files of {@code overlay} over the project, replacing those with the same path. */
    public FixtureSite overlay(Path overlay) {
        copyTree(overlay, root);
        return this;
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    public Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), root, args);
        return new Run(code, out.toString(), err.toString());
    }

    /** What a command printed and returned. */
    public record Run(int exitCode, String out, String err) {
        /** The {@code path:line:col: severity: message} lines, in order. */
        public java.util.List<String> headlines() {
            return err.lines()
                    .filter(l -> l.matches("^\\S[^ ]*: (fejl|advarsel|error|warning): .*"))
                    .toList();
        }
    }

    public static Path resource(String name) {
        try {
            return Path.of(FixtureSite.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from.toRealPath())) { // a published site/ is a link
            Path root = from.toRealPath();
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(root.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("expected.txt")) {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code dir} and everything in it, if it exists (links are deleted, not followed). */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code dir} with its bytes' SHA-256, for "unchanged" and "identical" checks. */
    public static java.util.SortedMap<String, String> hashes(Path dir) {
        java.util.SortedMap<String, String> hashes = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(dir.toRealPath())) { // site/ is a link to the published build
            Path root = dir.toRealPath();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] digest =
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                hashes.put(
                        root.relativize(file).toString().replace('\\', '/'),
                        java.util.HexFormat.of().formatHex(digest));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }
}
