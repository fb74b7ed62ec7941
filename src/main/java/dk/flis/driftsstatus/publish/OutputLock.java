package dk.flis.driftsstatus.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * One build or mail at a time per output: an operating-system lock ({@code FileChannel.lock}, i.e.
 * fcntl on Unix) on {@code .site-builds/.lock}. A second process waits, says so once, and gives up
 * after a timeout (default {@value #DEFAULT_TIMEOUT_SECONDS} s; the environment variable
 * {@value #TIMEOUT_VARIABLE} or the system property {@value #TIMEOUT_PROPERTY} sets it in seconds).
 * The operating system releases the lock of a killed process, so no stale lock is ever left; the
 * file itself is never deleted, since deleting it would let two processes lock two different files.
 */
public final class OutputLock implements AutoCloseable {
    static final String FILE = ".lock";
    public static final int DEFAULT_TIMEOUT_SECONDS = 300;
    public static final String TIMEOUT_VARIABLE = "DRIFTSSTATUS_LOCK_TIMEOUT";
    public static final String TIMEOUT_PROPERTY = "driftsstatus.lockTimeoutSeconds";
    private static final long POLL_MILLIS = 50;

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** How long to wait for another build: the system property, else the environment variable, else the default. */
    public static Duration timeout() {
        String configured = System.getProperty(TIMEOUT_PROPERTY, System.getenv(TIMEOUT_VARIABLE));
        try {
            return Duration.ofSeconds(
                    configured == null ? DEFAULT_TIMEOUT_SECONDS : Long.parseLong(configured.strip()));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
        }
    }

    /** Waits up to {@code timeout} for the lock; {@code waiting} hears once that another build holds it. */
    static OutputLock acquire(Path file, String shownOutput, Duration timeout, Consumer<String> waiting)
            throws IOException, OutputRefused {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean told = false;
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new OutputLock(channel, lock);
                }
                if (System.nanoTime() >= deadline) {
                    throw OutputRefused.of("output-lock-timeout", shownOutput, timeout.toSeconds(), TIMEOUT_VARIABLE);
                }
                if (!told) {
                    waiting.accept(
                            "venter på en anden build af " + shownOutput + "/ … (højst " + timeout.toSeconds() + " s)");
                    told = true;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw OutputRefused.of("output-lock-interrupted", shownOutput);
        } catch (IOException | OutputRefused | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The lock, or null while another process (or another build in this one) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
