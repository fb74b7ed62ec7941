package dk.flis.driftsstatus.pipeline;

import dk.flis.driftsstatus.load.ContentFolder;
import java.nio.file.Path;

/** Where a run reads and writes, and whether it makes the PDFs. */
public record BuildOptions(Path content, Path templates, Path output, Path workingDirectory, boolean pdf) {

    /** The project's own folders: content/, templates/ and site/ in {@code workingDirectory}, no PDFs. */
    public static BuildOptions defaults(Path workingDirectory) {
        return new BuildOptions(
                workingDirectory.resolve("content"),
                workingDirectory.resolve("templates"),
                workingDirectory.resolve("site"),
                workingDirectory,
                false);
    }

    /** {@code path} as messages show it: relative to the working directory when inside it. */
    public String shown(Path path) {
        return ContentFolder.shown(workingDirectory, path);
    }

    /** The output as messages show it; {@code --out .} is the working directory itself. */
    public String shownOutput() {
        String shown = shown(output);
        return shown.isEmpty() ? "." : shown;
    }
}
