package dk.flis.driftsstatus.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which files one output's rendering actually read, with the hash of what was read: every template
 * FreeMarker looked up (found or not, computed includes too) and every stylesheet or image the PDF
 * renderer loaded. The render cache keys on these rather than on a guess from the template text.
 * A render runs on one thread from start to end, so the files are collected per thread.
 */
public final class ReadRecorder {
    /** The hash recorded for a file that was looked for and not found. */
    static final String ABSENT = "absent";

    private static final ThreadLocal<SortedMap<Path, String>> CURRENT = new ThreadLocal<>();

    private ReadRecorder() {}

    /** Starts collecting on this thread. */
    static void begin() {
        CURRENT.set(new TreeMap<>());
    }

    /** Stops collecting on this thread: each file read since {@link #begin} with the hash of its bytes. */
    static SortedMap<Path, String> end() {
        SortedMap<Path, String> read = CURRENT.get();
        CURRENT.remove();
        if (read == null) {
            return new TreeMap<>();
        }
        for (Map.Entry<Path, String> entry : read.entrySet()) {
            if (entry.getValue() == null) {
                entry.setValue(hashOf(entry.getKey()));
            }
        }
        return read;
    }

    /**
     * Notes that the render on this thread read {@code file} with content hash {@code hash} (null:
     * hashed from the disk when the render ends); nothing happens outside a recorded render.
     */
    public static void read(Path file, String hash) {
        SortedMap<Path, String> read = CURRENT.get();
        if (read != null) {
            Path key = file.toAbsolutePath().normalize();
            if (hash != null || !read.containsKey(key)) {
                read.put(key, hash);
            }
        }
    }

    /** The hash of a file's bytes now, or {@link #ABSENT}. */
    public static String hashOf(Path file) {
        try {
            return Sha256.hex(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return ABSENT;
        } catch (IOException e) {
            return "unreadable"; // never equal to a readable file's hash
        }
    }
}
