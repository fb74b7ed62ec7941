package dk.flis.driftsstatus.publish;

import dk.flis.driftsstatus.diagnostic.Text;
import dk.flis.driftsstatus.diagnostic.WordedIOException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder {@code .site-builds/} beside the output: one complete build per content hash, staging
 * folders of builds in progress, and the link {@code site} pointing at the published one. Knows how
 * to tidy up after a build that was killed at any point, deleting only what {@link OwnFolders}
 * recognises as the program's own.
 */
final class BuildFolders {
    static final String STAGING_PREFIX = ".staging-";
    /** Where a real {@code site/} folder from before links were used is kept while it is still published. */
    static final String MIGRATED = "migrated";

    private final Path parent;
    private final Path output;
    private final Path root;
    private final String linkPrefix;

    BuildFolders(Path parent, String name) {
        this.parent = parent;
        this.output = parent.resolve(name);
        this.root = rootOf(output);
        this.linkPrefix = "." + name + "-link-";
    }

    /** {@code .NAME-builds} beside the output {@code NAME}. */
    static Path rootOf(Path output) {
        Path target = output.toAbsolutePath().normalize();
        return target.resolveSibling("." + target.getFileName() + "-builds");
    }

    /** True if {@code output} is a link to a folder directly inside our own folder of builds. */
    static boolean isOurLink(Path output) {
        Path target = output.toAbsolutePath().normalize();
        if (!Files.isSymbolicLink(target)) {
            return false;
        }
        try {
            Path to = target.getParent().resolve(Files.readSymbolicLink(target)).normalize();
            Path root = rootOf(target);
            return root.equals(to.getParent()) && OwnFolders.isOurBuilds(root);
        } catch (IOException e) {
            return false;
        }
    }

    Path root() {
        return root;
    }

    /** Creates the folder of builds with its marker, or marks one an older version made. */
    void prepareRoot() throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(root);
        } else if (!OwnFolders.isOurBuilds(root)) {
            throw new WordedIOException(Text.of("io.not-ours.use", root.toString()));
        }
        if (!Files.exists(root.resolve(OwnFolders.BUILDS_MARKER), LinkOption.NOFOLLOW_LINKS)) {
            OwnFolders.markBuilds(root);
        }
    }

    Path folderFor(String contentHash) {
        return root.resolve(contentHash);
    }

    /** A new, marked staging folder in the builds, for a build being written. */
    Path newStaging() throws IOException {
        Path staging = FolderSwap.createStaging(root, STAGING_PREFIX);
        OwnFolders.markSite(staging);
        return staging;
    }

    /**
     * A new link beside the output pointing (relatively, so the project may move) at {@code build};
     * empty if links are refused.
     */
    Optional<Path> newLinkTo(Path build) throws IOException {
        Path link = parent.resolve(linkPrefix + ProcessHandle.current().pid());
        deleteIfOurLink(link);
        try {
            return Optional.of(Files.createSymbolicLink(link, parent.relativize(build)));
        } catch (UnsupportedOperationException | IOException e) {
            if (SitePublisher.linkRefused(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The build folder the output links to now, if it is a link into our builds. */
    Optional<String> currentBuildName() throws IOException {
        if (!isOurLink(output)) {
            return Optional.empty();
        }
        return Optional.of(parent.resolve(Files.readSymbolicLink(output))
                .normalize()
                .getFileName()
                .toString());
    }

    /**
     * Clears the way for the link: an empty output folder is removed, a real build folder of ours
     * (from before builds were linked) is moved into the builds. The output does not exist until
     * the caller's next rename; a kill right then is repaired by {@link #recover}. True if a build
     * was moved.
     */
    boolean migrateRealFolder() throws IOException {
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (OwnFolders.isEmptyFolder(output)) {
            Files.delete(output); // fails, deleting nothing, if a file appeared meanwhile
            return false;
        }
        if (!OwnFolders.isOurSite(output)) {
            throw new WordedIOException(Text.of("io.not-ours.move", output.toString()));
        }
        Path migrated = root.resolve(MIGRATED);
        if (Files.exists(migrated, LinkOption.NOFOLLOW_LINKS)) {
            if (!OwnFolders.isOurSite(migrated)) {
                throw new WordedIOException(Text.of("io.not-ours.replace", migrated.toString()));
            }
            delete(migrated);
        }
        if (!OwnFolders.isMarkedSite(output)) {
            OwnFolders.markSite(output);
        }
        FolderSwap.move(output, migrated);
        return true;
    }

    /** Tidies after killed builds: half-written staging folders, stray links, an interrupted migration. */
    void recover() throws IOException {
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.sorted().toList()) {
                if (sibling.getFileName().toString().startsWith(linkPrefix)) {
                    deleteIfOurLink(sibling);
                }
            }
        }
        if (!OwnFolders.isOurBuilds(root)) {
            return;
        }
        try (Stream<Path> builds = Files.list(root)) {
            for (Path build : builds.sorted().toList()) {
                if (build.getFileName().toString().startsWith(STAGING_PREFIX)
                        && (OwnFolders.isMarkedSite(build) || OwnFolders.isEmptyFolder(build))) {
                    delete(build);
                }
            }
        }
        Path migrated = root.resolve(MIGRATED);
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS) && OwnFolders.isOurSite(migrated)) {
            Optional<Path> link = newLinkTo(migrated);
            if (link.isPresent()) {
                Files.move(link.get(), output, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /**
     * Deletes every build of ours except the published one and the one before it: a web server may
     * still be sending a page of the previous build that it opened just before the switch.
     */
    void removeAllBut(String current, Optional<String> previous) throws IOException {
        try (Stream<Path> builds = Files.list(root)) {
            for (Path build : builds.sorted().toList()) {
                String name = build.getFileName().toString();
                boolean build_ = OwnFolders.BUILD_NAME.matcher(name).matches() || name.equals(MIGRATED);
                if (build_
                        && !name.equals(current)
                        && !previous.map(name::equals).orElse(false)
                        && OwnFolders.isOurSite(build)) {
                    delete(build);
                }
            }
        }
    }

    /** Deletes a link beside the output only if it is a link (never a file or folder of that name). */
    private static void deleteIfOurLink(Path link) throws IOException {
        if (Files.isSymbolicLink(link)) {
            Files.delete(link);
        }
    }

    void delete(Path folder) throws IOException {
        if (Files.isSymbolicLink(folder) || Files.isRegularFile(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(folder);
        } else {
            FolderSwap.deleteTree(folder);
        }
    }
}
