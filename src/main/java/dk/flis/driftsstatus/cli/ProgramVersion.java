package dk.flis.driftsstatus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version and the git commit Maven wrote into {@code version.properties} when the program was
 * built ("unknown" for a build outside a git clone; "-dirty" when it had uncommitted changes). Plain
 * Java, so that {@code --version} is answered before picocli is loaded.
 */
final class ProgramVersion {
    private ProgramVersion() {}

    /** "driftsstatus VERSION (commit COMMIT)", the one line {@code --version} prints. */
    static String line() {
        Properties recorded = recorded();
        // No + here: javac compiles it to invokedynamic, whose set-up costs more than this whole answer.
        return new StringBuilder("driftsstatus ")
                .append(value(recorded, "version"))
                .append(" (commit ")
                .append(value(recorded, "commit"))
                .append(')')
                .toString();
    }

    private static Properties recorded() {
        Properties properties = new Properties();
        try (InputStream in = ProgramVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            properties.clear();
        }
        return properties;
    }

    private static String value(Properties recorded, String key) {
        String value = recorded.getProperty(key, "").strip();
        // Blank or an unreplaced ${…}: the build did not record it.
        return value.isEmpty() || value.contains("${") ? "unknown" : value;
    }
}
