package dk.flis.driftsstatus.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the editors' files are, and how to name them in messages: relative to the working
 * directory when inside it (as the user typed them), absolute otherwise.
 */
public record ContentFolder(Path root, Path workingDirectory) {

    public ContentFolder {
        root = root.toAbsolutePath().normalize();
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** {@code site.json}: the site's settings. */
    public Path siteJson() {
        return root.resolve("site.json");
    }

    /** {@code areas.json}: the registry of areas. */
    public Path areasJson() {
        return root.resolve("areas.json");
    }

    /** {@code reports/}: one report per month. */
    public Path reports() {
        return root.resolve("reports");
    }

    /** {@code pages/}: the free pages. */
    public Path pages() {
        return root.resolve("pages");
    }

    /**
     * Where {@code path} really leads when it is (or passes through) a symbolic link out of the
     * content folder; empty when it stays inside. Links are followed only inside their folder, so
     * that nothing from elsewhere on the disk is read or published.
     */
    public Optional<Path> linkOutside(Path path) {
        return linkOutside(root, path);
    }

    /** As {@link #linkOutside(Path)}, for any folder (the templates too). */
    public static Optional<Path> linkOutside(Path folder, Path path) {
        try {
            Path real = path.toRealPath();
            return real.startsWith(folder.toRealPath()) ? Optional.empty() : Optional.of(real);
        } catch (IOException e) {
            return Optional.empty(); // missing or unreadable: reported where it is read
        }
    }

    /**
     * Whether a file of that name is an editor's swap or backup file (".#x.md", ".x.md.swp", "x.md~"),
     * which the program neither reads nor watches.
     */
    public static boolean isEditorScratch(String name) {
        return name.startsWith(".") || name.endsWith("~");
    }

    /** The path as shown in diagnostics, always with forward slashes. */
    public String shown(Path file) {
        return shown(workingDirectory, file);
    }

    /** {@code file} as shown to a user whose working directory is {@code workingDirectory}. */
    public static String shown(Path workingDirectory, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
