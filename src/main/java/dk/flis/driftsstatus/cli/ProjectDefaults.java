package dk.flis.driftsstatus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults that depend on the project: {@code --templates} is the project's {@code templates/} when it
 * has one, else the theme installed with the program ({@code driftsstatus.home}, set by the launchers
 * in {@code bin/}), so a content project needs no copy of the theme.
 */
final class ProjectDefaults implements CommandLine.IDefaultValueProvider {
    /** The program's installation folder (holding {@code lib/}, {@code templates/}); unset in tests. */
    static final String HOME_PROPERTY = "driftsstatus.home";

    private final Path workingDirectory;

    ProjectDefaults(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (arg instanceof OptionSpec option && option.longestName().equals("--templates")) {
            return templates(workingDirectory, System.getProperty(HOME_PROPERTY))
                    .toString();
        }
        return null; // the option's own default
    }

    /** The project's templates/ if it exists or nothing is installed, else the installed theme. */
    static Path templates(Path project, String home) {
        Path own = Path.of("templates");
        if (home == null || home.isBlank() || Files.isDirectory(project.resolve(own))) {
            return own;
        }
        Path installed = Path.of(home).resolve("templates").toAbsolutePath().normalize();
        return Files.isDirectory(installed) ? installed : own;
    }
}
