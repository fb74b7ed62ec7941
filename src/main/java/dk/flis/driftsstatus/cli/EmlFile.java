package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.load.ContentFolder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where {@code mail --eml FILE} may write, checked before anything is built: the folder exists and
 * may be written, the name is not a folder, and an existing file is replaced only when it is an
 * email this program wrote — never, say, {@code --eml thesis.txt}.
 */
final class EmlFile {
    private EmlFile() {}

    /** True if {@code eml} may be written; otherwise the reason is in {@code diagnostics}. */
    static boolean mayWrite(Path workingDirectory, Path eml, Diagnostics diagnostics) {
        Path file = workingDirectory.resolve(eml).toAbsolutePath().normalize();
        String shown = ContentFolder.shown(workingDirectory, file);
        Path parent = file.getParent();
        if (parent == null || Files.isDirectory(file)) {
            diagnostics.error(SourcePosition.of(shown), "eml-is-folder");
        } else if (!Files.isDirectory(parent)) {
            diagnostics.error(
                    SourcePosition.of(shown), "eml-folder-missing", ContentFolder.shown(workingDirectory, parent));
        } else if (!Files.isWritable(parent) || (Files.exists(file) && !Files.isWritable(file))) {
            diagnostics.error(SourcePosition.of(shown), "eml-not-writable", shown);
        } else if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !isOurEmail(file)) {
            diagnostics.error(SourcePosition.of(shown), "eml-not-ours", shown);
        } else {
            return true;
        }
        return false;
    }

    /** An earlier run's .eml, recognised by the Message-ID every message of ours has. */
    private static boolean isOurEmail(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(64 * 1024), StandardCharsets.ISO_8859_1);
            return head.contains("\nMessage-ID: <driftsstatus.") || head.startsWith("Message-ID: <driftsstatus.");
        } catch (IOException e) {
            return false;
        }
    }
}
