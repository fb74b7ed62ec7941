package dk.flis.driftsstatus.pipeline;

import java.nio.file.Path;

/**
 * Where a build reads and writes, and what it makes. {@code liveReloadScript} is non-empty only
 * under {@code serve}.
 */
public record BuildOptions(Path content, Path templates, Path output, Path workingDirectory, boolean pdf,
        String liveReloadScript) {

    public BuildOptions {
        liveReloadScript = liveReloadScript == null ? "" : liveReloadScript;
    }

    public static BuildOptions defaults(Path workingDirectory) {
        return new BuildOptions(workingDirectory.resolve("content"), workingDirectory.resolve("templates"),
                workingDirectory.resolve("site"), workingDirectory, false, "");
    }
}
