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

    /** "permission denied: site/index.html", "no such file or folder: /missing/x.eml", … */
    public static String describe(Throwable e) {
        if (!(e instanceof FileSystemException) && e.getCause() instanceof FileSystemException cause) {
            return describe(cause); // e.g. an UncheckedIOException around the real problem
        }
        if (e instanceof FileSystemException f) {
            String file = f.getFile() == null
                    ? ""
                    : ": " + f.getFile() + (f.getOtherFile() == null ? "" : " → " + f.getOtherFile());
            String cause;
            if (e instanceof AccessDeniedException) {
                cause = "permission denied";
            } else if (e instanceof NoSuchFileException) {
                cause = "no such file or folder";
            } else if (e instanceof FileAlreadyExistsException) {
                cause = "a file of that name is in the way";
            } else if (e instanceof DirectoryNotEmptyException) {
                cause = "the folder is not empty";
            } else if (e instanceof NotDirectoryException) {
                cause = "not a folder";
            } else {
                cause = f.getReason() == null ? "the file system refused" : f.getReason();
            }
            return cause + file;
        }
        if (e instanceof OutOfMemoryError) {
            return "the input is too large to handle in the memory given to Java";
        }
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : message.strip().lines().findFirst().orElse("");
    }
}
