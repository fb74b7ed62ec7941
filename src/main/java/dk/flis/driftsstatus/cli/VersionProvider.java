package dk.flis.driftsstatus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * Reads the version and the git commit Maven wrote into {@code version.properties} when the program
 * was built ("unknown" for a build outside a git clone; "-dirty" when it had uncommitted changes).
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    static String version() {
        return recorded("version");
    }

    static String commit() {
        return recorded("commit");
    }

    private static String recorded(String key) {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String value = properties.getProperty(key, "").strip();
        // Blank or an unreplaced ${…}: the build did not record it.
        return value.isEmpty() || value.contains("${") ? "unknown" : value;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"driftsstatus " + version() + " (commit " + commit() + ")"};
    }
}
