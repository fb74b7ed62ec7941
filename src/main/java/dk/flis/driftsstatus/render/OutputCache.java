package dk.flis.driftsstatus.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Rendered outputs by cache key, so that an unchanged page or PDF is not rendered again. Kept in
 * memory (for {@code serve}) and, when a folder is given, on disk between builds. Entries are written
 * to a temporary file and moved into place, so a build killed mid-write never leaves a torn entry.
 */
public final class OutputCache {
    /** Marks a folder as this program's cache; only such a folder is ever pruned. */
    static final String MARKER = ".driftsstatus-cache";

    private final Path folder;
    private final ConcurrentHashMap<String, byte[]> memory = new ConcurrentHashMap<>();

    private OutputCache(Path folder) {
        this.folder = folder;
    }

    /** A cache that lives as long as this process. */
    public static OutputCache inMemory() {
        return new OutputCache(null);
    }

    /** A cache kept in {@code folder} between runs. */
    public static OutputCache onDisk(Path folder) {
        return new OutputCache(folder.toAbsolutePath().normalize());
    }

    /** The bytes stored under {@code key}, if any (an unreadable entry is a miss). */
    public Optional<byte[]> get(String key) {
        byte[] bytes = memory.get(key);
        if (bytes != null || folder == null) {
            return Optional.ofNullable(bytes);
        }
        try {
            bytes = Files.readAllBytes(folder.resolve(key));
            memory.put(key, bytes);
            return Optional.of(bytes);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // an unreadable entry is only a miss
        }
    }

    /** Stores {@code bytes} under {@code key}; a failure to write it only costs time. */
    public void put(String key, byte[] bytes) {
        memory.put(key, bytes);
        if (folder == null) {
            return;
        }
        try {
            if (!Files.isRegularFile(folder.resolve(MARKER))) {
                Files.createDirectories(folder);
                Files.writeString(
                        folder.resolve(MARKER), "Written by driftsstatus: its render cache, safe to delete.\n");
            }
            Path temporary = Files.createTempFile(folder, ".entry-", ".tmp");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, folder.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder.resolve(key), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // The cache only saves time: a full disk or read-only folder must not fail the build.
        }
    }

    /** Forgets every entry but {@code keys}: the cache holds the last build's outputs, no more. */
    public void retainOnly(Set<String> keys) {
        memory.keySet().retainAll(keys);
        if (folder == null || !Files.isRegularFile(folder.resolve(MARKER))) {
            return; // not a cache this program made: delete nothing in it
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!keys.contains(name)
                        && !name.equals(MARKER)
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException e) {
            // as above: pruning is housekeeping
        }
    }
}
