package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.pipeline.BuildOptions;
import dk.flis.driftsstatus.pipeline.NoOpManifest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code build} when nothing changed since the last build of the same output: answered from its
 * {@link NoOpManifest} before the command line is even parsed, so it loads, checks and renders
 * nothing. Only the plain forms are recognised here ({@code build} with {@code --content DIR},
 * {@code --templates DIR}, {@code --out DIR}, {@code --no-pdf}, each at most once); anything else
 * ({@code --timings}, {@code --help}, {@code @file}, another command) takes the normal path, so this
 * can only skip work, never change what a command means.
 */
final class UpToDateBuild {
    private UpToDateBuild() {}

    /** The exit code when {@code args} is a build that is up to date (its answer printed); else empty. */
    static Optional<Integer> answer(PrintWriter out, PrintWriter err, Path workingDirectory, String... args) {
        Path cwd = workingDirectory.toAbsolutePath().normalize();
        Optional<BuildOptions> options = parse(cwd, args);
        if (options.isEmpty()) {
            return Optional.empty();
        }
        Optional<NoOpManifest.Replay> replay =
                new NoOpManifest(options.get(), NoOpManifest.Identity.current()).upToDate();
        if (replay.isEmpty()) {
            return Optional.empty();
        }
        err.print(replay.get().warnings());
        err.flush();
        out.println(replay.get().upToDate());
        out.flush();
        return Optional.of(ExitCode.OK);
    }

    /** The options of a plain {@code build} command line, as picocli would read them; else empty. */
    static Optional<BuildOptions> parse(Path cwd, String... args) {
        if (args.length == 0 || !args[0].equals("build")) {
            return Optional.empty();
        }
        String content = null;
        String templates = null;
        String output = null;
        boolean noPdf = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (arg.equals("--no-pdf") && !noPdf) {
                noPdf = true;
                continue;
            }
            if (value == null || value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                return Optional.empty();
            }
            if (arg.equals("--content") && content == null) {
                content = value;
            } else if (arg.equals("--templates") && templates == null) {
                templates = value;
            } else if (arg.equals("--out") && output == null) {
                output = value;
            } else {
                return Optional.empty();
            }
            i++;
        }
        Path templatesDefault = ProjectDefaults.templates(cwd, System.getProperty(ProjectDefaults.HOME_PROPERTY));
        return Optional.of(new BuildOptions(
                cwd.resolve(content == null ? "content" : content),
                cwd.resolve(templates == null ? templatesDefault.toString() : templates),
                cwd.resolve(output == null ? "site" : output),
                cwd,
                !noPdf));
    }
}
