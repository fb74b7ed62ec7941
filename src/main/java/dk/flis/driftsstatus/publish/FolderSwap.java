package dk.flis.driftsstatus.publish;

import dk.flis.driftsstatus.diagnostic.Text;
import dk.flis.driftsstatus.diagnostic.WordedIOException;
import dk.flis.driftsstatus.render.RenderedSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fallback publisher for file systems without symbolic links (e.g. Windows without developer
 * mode): the site is written to a staging folder beside the output ({@code .site-staging-*}), then
 * the old folder is moved aside and the new one moved in. Between those two renames the output
 * briefly does not exist; a build killed right there is repaired by the next one.
 */
final class FolderSwap {
    private FolderSwap() {}

    static void publish(RenderedSite site, Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        cleanLeftovers(parent, name);
        Path staging = createStaging(parent, "." + name + "-staging-");
        try {
            OwnFolders.markSite(staging);
            write(site, staging);
            swap(staging, target, parent, name);
        } finally {
            if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(staging);
            }
        }
    }

    static void write(RenderedSite site, Path staging) throws IOException {
        for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
            Path path = staging.resolve(file.getKey()).normalize();
            if (!path.startsWith(staging)) {
                throw new WordedIOException(Text.of("io.write-outside-site", String.valueOf(file.getKey())));
            }
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
    }

    /**
     * True if {@code folder} holds exactly {@code site}'s files, byte for byte, and its marker: no file
     * more, none less, none edited. Reads the files (no hashing): cheaper than rendering them again.
     */
    static boolean holdsExactly(Path folder, RenderedSite site) throws IOException {
        Map<String, byte[]> files = site.files();
        int seen = 0;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                BasicFileAttributes attributes =
                        Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isDirectory()) {
                    continue;
                }
                String name = folder.relativize(path).toString().replace('\\', '/');
                if (name.equals(OwnFolders.SITE_MARKER)) {
                    if (!OwnFolders.isMarkedSite(folder)
                            || !Files.readString(path, StandardCharsets.UTF_8).equals(OwnFolders.SITE_MARKER_TEXT)) {
                        return false;
                    }
                    continue;
                }
                byte[] expected = files.get(name);
                if (!attributes.isRegularFile()
                        || expected == null
                        || attributes.size() != expected.length
                        || !Arrays.equals(expected, Files.readAllBytes(path))) {
                    return false;
                }
                seen++;
            }
        }
        return seen == files.size();
    }

    private static void swap(Path staging, Path target, Path parent, String name) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(staging, target);
            return;
        }
        Path previous = parent.resolve(
                "." + name + "-previous-" + ProcessHandle.current().pid());
        move(target, previous);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(previous, target); // put the old site back rather than leave none
            throw e;
        }
        deleteTree(previous);
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Removes what earlier builds killed mid-way left behind, if it is ours ({@link OwnFolders}) —
     * a name alone is never enough. A build killed between its two moves leaves no output folder
     * but the previous site aside: that site is put back first.
     */
    static void cleanLeftovers(Path parent, String name) throws IOException {
        Path target = parent.resolve(name);
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.sorted().toList()) {
                String n = sibling.getFileName().toString();
                boolean leftover = n.startsWith("." + name + "-staging-") || n.startsWith("." + name + "-previous-");
                if (!leftover || !(OwnFolders.isOurSite(sibling) || OwnFolders.isEmptyFolder(sibling))) {
                    continue;
                }
                if (n.startsWith("." + name + "-previous-") && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    move(sibling, target);
                } else {
                    deleteTree(sibling);
                }
            }
        }
    }

    /**
     * Deletes {@code root} and everything in it. A site marker at its top is deleted last: a deletion
     * killed half-way then leaves a folder still marked as ours, which the next build deletes, where
     * an unmarked remnant would be left alone for ever as possibly someone else's.
     */
    static void deleteTree(Path root) throws IOException {
        for (Path path : deletionOrder(root)) {
            Files.delete(path);
        }
    }

    /** Everything in {@code root}, each folder after its contents, the top's site marker just before the top. */
    static List<Path> deletionOrder(Path root) throws IOException {
        Path marker = root.resolve(OwnFolders.SITE_MARKER);
        List<Path> order = new ArrayList<>();
        boolean[] marked = {false};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (file.equals(marker)) {
                    marked[0] = true;
                } else {
                    order.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (dir.equals(root) && marked[0]) {
                    order.add(marker);
                }
                order.add(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        return order;
    }

    /**
     * A new staging folder that becomes the published site: readable by everyone, as a folder made
     * with mkdir would be, since temporary folders are private (0700) and a web server running as
     * another user could not read the site.
     */
    static Path createStaging(Path parent, String prefix) throws IOException {
        Path staging = Files.createTempDirectory(parent, prefix);
        if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(
                    staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return staging;
    }
}
