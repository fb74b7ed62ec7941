package dk.flis.driftsstatus.cli;

import picocli.CommandLine;

/** {@code --version} as picocli asks for it; {@link Main} answers the plain form before picocli. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {ProgramVersion.line()};
    }
}
