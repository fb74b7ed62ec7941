package dk.flis.driftsstatus.publish;

import dk.flis.driftsstatus.diagnostic.Text;
import dk.flis.driftsstatus.diagnostic.WordedIOException;
import dk.flis.driftsstatus.render.RenderedSite;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Publishes a rendered site so that {@code site} always names one complete build. Each build is
 * written to its own folder {@code .site-builds/<content hash>/}; {@code site} is a symbolic link
 * to it, replaced by renaming a new link over the old one. rename(2) is atomic, so a reader, a web
 * server or a build killed at any moment sees either the previous site or the new one, never a mix
 * and never nothing. Where links cannot be made, {@link FolderSwap} is used instead.
 */
public final class SitePublisher {
    private SitePublisher() {}

    /**
     * Takes the output's lock ({@link OutputLock}), creating the folder of builds it lives in. Call
     * only for an output {@link OutputGuard} accepted; {@code shownOutput} names it in messages.
     */
    public static OutputLock lock(Path output, String shownOutput, Duration timeout, Consumer<String> waiting)
            throws IOException, OutputRefused {
        Path target = output.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        BuildFolders builds =
                new BuildFolders(target.getParent(), target.getFileName().toString());
        builds.prepareRoot();
        return OutputLock.acquire(builds.root().resolve(OutputLock.FILE), shownOutput, timeout, waiting);
    }

    /** Publishes {@code site} to {@code output}; the caller holds the output's {@link #lock}. */
    public static void publish(RenderedSite site, Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        BuildFolders builds = new BuildFolders(parent, name);
        FolderSwap.cleanLeftovers(parent, name);
        builds.recover();
        builds.prepareRoot();

        String hash = ContentHash.of(site);
        Path build = builds.folderFor(hash);
        if (Files.exists(build, LinkOption.NOFOLLOW_LINKS) && !OwnFolders.isMarkedSite(build)) {
            if (!OwnFolders.isOurSite(build)) {
                throw new WordedIOException(Text.of("io.not-ours.use", build.toString()));
            }
            OwnFolders.markSite(build); // the same build by an older version, which wrote no marker
        }
        // A folder of this content whose files were edited or deleted by hand is never published again
        // as this content: the build goes to a fresh folder, so the output is what a clean build makes.
        for (int attempt = 1;
                Files.exists(build, LinkOption.NOFOLLOW_LINKS) && !FolderSwap.holdsExactly(build, site);
                attempt++) {
            if (attempt > 100) {
                throw new IOException("cannot find a free build folder in " + builds.root());
            }
            build = builds.folderFor(ContentHash.another(hash, attempt));
        }
        if (!Files.exists(build, LinkOption.NOFOLLOW_LINKS)) {
            Path staging = builds.newStaging();
            FolderSwap.write(site, staging);
            FolderSwap.move(staging, build);
        }
        Optional<Path> link = builds.newLinkTo(build);
        if (link.isEmpty()) {
            builds.delete(build);
            FolderSwap.publish(site, target);
            return;
        }
        Optional<String> previous =
                builds.migrateRealFolder() ? Optional.of(BuildFolders.MIGRATED) : builds.currentBuildName();
        // The one step readers can observe: the new link replaces the old in a single rename(2).
        Files.move(link.get(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        builds.removeAllBut(build.getFileName().toString(), previous);
    }

    /**
     * Repairs what a build killed mid-way left behind, so that the output is the previous complete
     * site again even if this build fails before publishing. Does nothing when there is nothing to repair.
     */
    public static void recover(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String name = target.getFileName().toString();
        FolderSwap.cleanLeftovers(parent, name);
        new BuildFolders(parent, name).recover();
    }

    /** True if {@code path} cannot be made a symbolic link here, e.g. on Windows without the privilege. */
    static boolean linkRefused(Exception e) {
        return e instanceof UnsupportedOperationException || e instanceof FileSystemException;
    }
}
