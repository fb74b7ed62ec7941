package dk.flis.driftsstatus.load;

import java.nio.file.Path;

/**
 * Where the editors' files are, and how to name them in messages: relative to the working
 * directory when inside it (as the user typed them), absolute otherwise.
 */
public record ContentFolder(Path root, Path workingDirectory) {

    public ContentFolder {
        root = root.toAbsolutePath().normalize();
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    public Path siteJson() {
        return root.resolve("site.json");
    }

    public Path areasJson() {
        return root.resolve("areas.json");
    }

    public Path reports() {
        return root.resolve("reports");
    }

    public Path pages() {
        return root.resolve("pages");
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
