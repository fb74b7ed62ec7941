package dk.flis.driftsstatus.edit;

import dk.flis.driftsstatus.render.Sha256;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes a report file safely: only over the version the form was built from (or the one the editor
 * was shown as changed), as a temporary file in the same folder renamed over the old one, so that a
 * reader sees the old file or the new one, never half of one. Saves and new months never interleave.
 */
public final class ReportFileSaver {
    /** The hash the form carries for a file that did not exist. */
    public static final String ABSENT = "absent";

    private final ReentrantLock lock = new ReentrantLock();

    /** What a save did. */
    public sealed interface Outcome {}

    /** Written. */
    public record Saved() implements Outcome {}

    /** The file already held exactly this text: left untouched (no new modification time, no rebuild). */
    public record Unchanged() implements Outcome {}

    /**
     * The file changed since the form was made; nothing written. {@code currentSha256} is
     * {@link #ABSENT} if it was deleted.
     */
    public record Stale(String currentSha256) implements Outcome {}

    /** The file is a symbolic link, which a rename would replace by a regular file; nothing written. */
    public record Linked() implements Outcome {}

    /** The SHA-256 of the file's bytes in hex, or {@link #ABSENT}. */
    public static String hash(Path file) throws IOException {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? Sha256.hex(Files.readAllBytes(file)) : ABSENT;
    }

    /**
     * Writes {@code text} to {@code file} if its bytes still hash to {@code baseSha256}, or to
     * {@code overwriteSha256} (the newer version the editor chose to replace; may be null).
     */
    public Outcome save(Path file, String text, String baseSha256, String overwriteSha256) throws IOException {
        lock.lock();
        try {
            if (Files.isSymbolicLink(file)) {
                return new Linked();
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
            try {
                write(temp, bytes);
                copyPermissions(file, temp);
                // Hash the current file after the slow part, to keep the window for a lost write small.
                String current = hash(file);
                if (!current.equals(baseSha256) && !current.equals(overwriteSha256)) {
                    return new Stale(current);
                }
                if (!current.equals(ABSENT) && current.equals(Sha256.hex(bytes))) {
                    return new Unchanged();
                }
                move(temp, file);
                return new Saved();
            } finally {
                Files.deleteIfExists(temp);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Creates {@code file} with {@code text}; never replaces one: a file that exists (even one made
     * a moment ago by someone else) is a {@link FileAlreadyExistsException}.
     */
    public void create(Path file, String text) throws IOException {
        lock.lock();
        try {
            Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
            try {
                write(temp, text.getBytes(StandardCharsets.UTF_8));
                Files.move(temp, file); // no REPLACE_EXISTING: an existing report is never replaced
            } finally {
                Files.deleteIfExists(temp);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Moves the temporary file over the report, atomically where the file system can. */
    void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void write(Path temp, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** A temporary file is made 0600; the report keeps the permissions it had (e.g. 0644). */
    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null && Files.exists(from)) {
            target.setPermissions(source.readAttributes().permissions());
        } else if (target != null) {
            target.setPermissions(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
