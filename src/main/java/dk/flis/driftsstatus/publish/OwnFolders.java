package dk.flis.driftsstatus.publish;

import dk.flis.driftsstatus.render.SitePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How the program knows a folder is its own, so that it moves or deletes nothing else. Every build
 * folder it writes holds the marker file {@value #SITE_MARKER}, and the folder of builds holds
 * {@value #BUILDS_MARKER}. Folders written before markers existed are recognised by their content:
 * an {@code index.html} with the page frame every version wrote (skip link and site header), a
 * {@code style.css}, no links, and only the kinds of file a build writes (pages, stylesheets, feed,
 * PDFs, images and fonts of a theme). A folder with anything else in it is not ours.
 */
final class OwnFolders {
    static final String SITE_MARKER = ".driftsstatus-site";
    static final String BUILDS_MARKER = ".driftsstatus-builds";
    /** A build folder's name: the first 20 hex digits of its content hash. */
    static final Pattern BUILD_NAME = Pattern.compile("[0-9a-f]{20}");

    private static final Set<String> SITE_FILE_TYPES = Set.of(
            "html", "css", "xml", "pdf", "csv", "json", "svg", "png", "jpg", "jpeg", "gif", "ico", "webp", "woff",
            "woff2", "ttf", "otf", "js");
    private static final int MAX_FILES_LOOKED_AT = 200_000;

    /** What the marker of a build says. */
    static final String SITE_MARKER_TEXT =
            "Written by driftsstatus: this folder is one build of the site, safe to delete.\n";

    private OwnFolders() {}

    /** Writes the marker that makes {@code folder} recognisably a build of this program. */
    static void markSite(Path folder) throws IOException {
        Files.writeString(folder.resolve(SITE_MARKER), SITE_MARKER_TEXT, StandardCharsets.UTF_8);
    }

    /** Writes the marker of the folder that holds the builds. */
    static void markBuilds(Path root) throws IOException {
        Files.writeString(
                root.resolve(BUILDS_MARKER),
                "Written by driftsstatus: the builds of the site beside this folder, safe to delete.\n",
                StandardCharsets.UTF_8);
    }

    static boolean isMarkedSite(Path folder) {
        return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(folder.resolve(SITE_MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** A build of ours: marked, or written by an older version and recognisable by its content. */
    static boolean isOurSite(Path folder) {
        return isMarkedSite(folder) || looksLikeOlderSite(folder);
    }

    /** The folder of builds is ours: marked, or (from the version before markers) holding only our builds. */
    static boolean isOurBuilds(Path root) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.isRegularFile(root.resolve(BUILDS_MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.allMatch(entry -> {
                String name = entry.getFileName().toString();
                if (name.startsWith(BuildFolders.STAGING_PREFIX)) {
                    return Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS); // a killed build's half
                }
                return (BUILD_NAME.matcher(name).matches() || name.equals(BuildFolders.MIGRATED)) && isOurSite(entry);
            });
        } catch (IOException e) {
            return false;
        }
    }

    /** True for an empty folder (not a link), which anyone may use as the output. */
    static boolean isEmptyFolder(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The page frame, stylesheet and file kinds of a site written by an older version (see the class comment). */
    static boolean looksLikeOlderSite(Path folder) {
        Path index = folder.resolve(SitePaths.INDEX);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(folder.resolve(SitePaths.STYLESHEET), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            String page = new String(Files.readAllBytes(index), StandardCharsets.UTF_8);
            if (!page.contains("<a class=\"skip-link\" href=\"#indhold\">")
                    || !page.contains("<header class=\"site-header\">")) {
                return false;
            }
            try (Stream<Path> all = Files.walk(folder)) {
                Iterator<Path> files = all.iterator();
                for (int seen = 0; files.hasNext(); seen++) {
                    Path file = files.next();
                    if (seen > MAX_FILES_LOOKED_AT || !isSiteEntry(file)) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isSiteEntry(Path file) {
        if (Files.isSymbolicLink(file)) {
            return false;
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        String name = file.getFileName().toString();
        if (name.equals(SITE_MARKER)) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && dot > 0
                && SITE_FILE_TYPES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
