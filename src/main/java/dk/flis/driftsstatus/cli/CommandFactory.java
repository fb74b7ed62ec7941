package dk.flis.driftsstatus.cli;

import java.nio.file.Path;
import picocli.CommandLine;

/** Hands every subcommand the working directory, so tests can run commands in a fixture folder. */
final class CommandFactory implements CommandLine.IFactory {
    private final Path workingDirectory;

    CommandFactory(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        K instance = CommandLine.defaultFactory().create(type);
        if (instance instanceof ContentOptions options) {
            options.workingDirectory = workingDirectory;
        } else if (instance instanceof InitCommand init) {
            init.workingDirectory = workingDirectory;
        }
        return instance;
    }
}
