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
            diagnostics.error(
                    SourcePosition.of(shown),
                    "--eml names a folder, not a file",
                    "name a file, e.g. --eml driftsstatus-2025-10.eml");
        } else if (!Files.isDirectory(parent)) {
            diagnostics.error(
                    SourcePosition.of(shown),
                    "the folder " + ContentFolder.shown(workingDirectory, parent) + " for --eml does not exist",
                    "create it first, or write the file somewhere else");
        } else if (!Files.isWritable(parent) || (Files.exists(file) && !Files.isWritable(file))) {
            diagnostics.error(
                    SourcePosition.of(shown),
                    "you may not write " + shown + " (permission denied)",
                    "write the file somewhere you may, e.g. your home folder");
        } else if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !isOurEmail(file)) {
            diagnostics.error(
                    SourcePosition.of(shown),
                    "the file exists and is not an email driftsstatus wrote",
                    "name a new file, e.g. --eml driftsstatus-2025-10.eml, or delete " + shown + " yourself");
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
