package dk.flis.driftsstatus.publish;

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
 * to tidy up after a build that was killed at any point.
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
        this.root = parent.resolve("." + name + "-builds");
        this.linkPrefix = "." + name + "-link-";
    }

    Path root() {
        return root;
    }

    Path folderFor(String contentHash) {
        return root.resolve(contentHash);
    }

    /** A new link beside the output pointing (relatively, so the project may move) at {@code build}; empty if links are refused. */
    Optional<Path> newLinkTo(Path build) throws IOException {
        Path link = parent.resolve(linkPrefix + ProcessHandle.current().pid());
        Files.deleteIfExists(link);
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
        if (!Files.isSymbolicLink(output)) {
            return Optional.empty();
        }
        Path target = parent.resolve(Files.readSymbolicLink(output)).normalize();
        return target.getParent() != null && target.getParent().equals(root)
                ? Optional.of(target.getFileName().toString()) : Optional.empty();
    }

    /**
     * A real output folder (from before builds were linked) is moved into the builds. The output
     * does not exist until the caller's next rename; a kill right then is repaired by {@link #recover}.
     * True if there was such a folder.
     */
    boolean migrateRealFolder() throws IOException {
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path migrated = root.resolve(MIGRATED);
        if (Files.exists(migrated, LinkOption.NOFOLLOW_LINKS)) {
            delete(migrated);
        }
        FolderSwap.move(output, migrated);
        return true;
    }

    /** Tidies after killed builds: half-written staging folders, stray links, an interrupted migration. */
    void recover() throws IOException {
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.sorted().toList()) {
                if (sibling.getFileName().toString().startsWith(linkPrefix)) {
                    Files.deleteIfExists(sibling);
                }
            }
        }
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> builds = Files.list(root)) {
            for (Path build : builds.sorted().toList()) {
                if (build.getFileName().toString().startsWith(STAGING_PREFIX)) {
                    delete(build);
                }
            }
        }
        Path migrated = root.resolve(MIGRATED);
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(migrated)) {
            Optional<Path> link = newLinkTo(migrated);
            if (link.isPresent()) {
                Files.move(link.get(), output, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /**
     * Deletes every build except the published one and the one before it: a web server may still
     * be sending a page of the previous build that it opened just before the switch.
     */
    void removeAllBut(String current, Optional<String> previous) throws IOException {
        try (Stream<Path> builds = Files.list(root)) {
            for (Path build : builds.sorted().toList()) {
                String name = build.getFileName().toString();
                if (!name.equals(current) && !previous.map(name::equals).orElse(false)) {
                    delete(build);
                }
            }
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
