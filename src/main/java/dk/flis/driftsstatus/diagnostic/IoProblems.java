package dk.flis.driftsstatus.diagnostic;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says in words what a file operation met: Java's file exceptions often carry only a path as their
 * message ("site/index.html"), which tells a user nothing about what went wrong.
 */
public final class IoProblems {
    private IoProblems() {}

    /** "ingen adgang: site/index.html", "filen eller mappen findes ikke: /missing/x.eml", … as a text. */
    public static Text describe(Throwable e) {
        if (!(e instanceof FileSystemException) && e.getCause() instanceof FileSystemException cause) {
            return describe(cause); // e.g. an UncheckedIOException around the real problem
        }
        if (e instanceof FileSystemException f) {
            Text cause;
            if (e instanceof AccessDeniedException) {
                cause = Text.of("io.permission-denied");
            } else if (e instanceof NoSuchFileException) {
                cause = Text.of("io.no-such-file");
            } else if (e instanceof FileAlreadyExistsException) {
                cause = Text.of("io.file-in-the-way");
            } else if (e instanceof DirectoryNotEmptyException) {
                cause = Text.of("io.folder-not-empty");
            } else if (e instanceof NotDirectoryException) {
                cause = Text.of("io.not-a-folder");
            } else {
                cause = f.getReason() == null
                        ? Text.of("io.refused")
                        : Text.of("io.refused-with-reason", f.getReason());
            }
            if (f.getFile() == null) {
                return cause;
            }
            return f.getOtherFile() == null
                    ? Text.of("io.cause-with-file", cause, f.getFile())
                    : Text.of("io.cause-with-files", cause, f.getFile(), f.getOtherFile());
        }
        if (e instanceof OutOfMemoryError) {
            return Text.of("io.out-of-memory");
        }
        if (e instanceof WordedIOException worded) {
            return worded.text();
        }
        String message = e.getMessage();
        return Text.of(
                "io.as-reported",
                message == null || message.isBlank()
                        ? e.getClass().getSimpleName()
                        : message.strip().lines().findFirst().orElse(""));
    }
}
