package dk.flis.driftsstatus.cli;

import java.nio.file.Path;
import picocli.CommandLine;

/** Hands every subcommand the working directory, so tests can run commands in a fixture folder. */
final class CommandFactory implements CommandLine.IFactory {
    private static final String OWN_PACKAGE = "dk.flis.driftsstatus.";

    private final Path workingDirectory;

    CommandFactory(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        // Our own classes by their constructor; picocli's default factory first looks for Groovy
        // on the class path for every object it makes, which costs more than making them.
        K instance = type.getName().startsWith(OWN_PACKAGE)
                ? type.getDeclaredConstructor().newInstance()
                : CommandLine.defaultFactory().create(type);
        if (instance instanceof ContentOptions options) {
            options.workingDirectory = workingDirectory;
        } else if (instance instanceof InitCommand init) {
            init.workingDirectory = workingDirectory;
        }
        return instance;
    }
}
