package dk.flis.driftsstatus.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sites the gates check, built once per test run under {@code target/gate-sites/}: the 14-month
 * history fixture (every page type, with changes, removed and added areas) and the real content.
 */
final class GateSites {
    static final Path ROOT = FixtureSite.PROJECT.resolve("target/gate-sites");
    static final List<String> NAMES = List.of("history", "real");
    private static boolean built;

    private GateSites() {}

    /** Builds both sites (once) and returns the folder holding {@code history/} and {@code real/}. */
    static synchronized Path root() {
        if (!built) {
            for (String name : NAMES) {
                Path project = ROOT.resolve("projects").resolve(name);
                delete(project);
                FixtureSite site =
                        name.equals("real") ? FixtureSite.realContent(project) : FixtureSite.of(name, project);
                FixtureSite.Run run = site.run(
                        "build", "--no-pdf", "--out", ROOT.resolve(name).toString());
                assertEquals(0, run.exitCode(), run.err());
            }
            built = true;
        }
        return ROOT;
    }

    /** Every HTML file of both sites, as paths relative to {@link #root()}, sorted. */
    static List<String> htmlPages() {
        Path root = root();
        // Each built site is a link to its current build (see publish/): follow it.
        try (Stream<Path> files = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> NAMES.contains(p.substring(0, p.indexOf('/'))))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * For the tests that show a gate catches a planted fault: a copy of the site that holds
     * {@code page} under {@code faulty-GATE/}, with {@code from} replaced by {@code to} in that one
     * page (the rest of the copy keeps the page's own links working). Returns the page's path
     * relative to the root.
     */
    static String plantFault(String gate, String page, String from, String to) {
        try {
            String html = Files.readString(root().resolve(page));
            if (!html.contains(from)) {
                throw new IllegalArgumentException(page + " does not contain " + from);
            }
            String siteName = page.substring(0, page.indexOf('/'));
            Path copy = ROOT.resolve("faulty-" + gate).resolve(siteName);
            delete(copy);
            FixtureSite.copyTree(ROOT.resolve(siteName), copy);
            String relative = "faulty-" + gate + "/" + page;
            Files.writeString(ROOT.resolve(relative), html.replace(from, to));
            return relative;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        FixtureSite.deleteTree(dir);
    }
}
