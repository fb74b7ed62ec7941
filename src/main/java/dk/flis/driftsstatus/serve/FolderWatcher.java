package dk.flis.driftsstatus.serve;

import dk.flis.driftsstatus.load.ContentFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Notices changes under some folders and counts them. Where the system tells of changes at once
 * (inotify on Linux, through {@link WatchService}) a save is noticed within a few milliseconds;
 * besides, the folders are compared by snapshot (path, size, modification time) every
 * {@code interval}, which is all there is where the JDK's watcher itself polls (macOS, every few
 * seconds) and which catches what a watcher can miss (network folders, a folder replaced whole).
 *
 * <p>Each change is reported at once, so a rebuild can start while an editor may still be writing.
 * What a rebuild read counts only once the folders stayed quiet for {@code quiet} after the last
 * change before it and nothing changed while it read ({@link #unchangedUntil}): a file written in
 * several parts is thus never shown half written, as when a rebuild waited for a quiet spell first,
 * but the wait now overlaps the rebuild instead of preceding it.
 */
final class FolderWatcher implements Runnable {
    /** How long one look for the system's events waits: a look that finds none proves a quiet moment. */
    private static final long LOOK_MILLIS = 5;
    /** How long after an event more of the same save may follow. */
    private static final long BURST_NANOS = TimeUnit.MILLISECONDS.toNanos(3);

    private final List<Path> folders;
    private final long intervalNanos;
    private final long quietNanos;
    private final Runnable onChange;
    private final AtomicLong changes = new AtomicLong();
    private final Object looks = new Object();
    /** When the last change was noticed, and when the latest completed look (that found none) began. */
    private long lastChange;

    private long lookedAt;
    private volatile boolean running = true;
    private volatile WatchService events;
    private Map<String, String> seen;

    FolderWatcher(List<Path> folders, long intervalMillis, long quietMillis, Runnable onChange) {
        this.folders = List.copyOf(folders);
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        this.quietNanos = TimeUnit.MILLISECONDS.toNanos(quietMillis);
        this.onChange = onChange;
        this.lastChange = System.nanoTime();
        this.lookedAt = lastChange;
    }

    /**
     * Takes the first look, before the first build reads anything: a save made while it builds is then
     * a change, not the state the watcher starts from. Called once, before {@link #run()}.
     */
    void begin() {
        events = systemEvents();
        seen = snapshot();
    }

    @Override
    public void run() {
        long nextSnapshot = System.nanoTime() + intervalNanos;
        try {
            while (running) {
                long lookStart = System.nanoTime();
                boolean changed;
                if (events != null) {
                    changed =
                            drain(events.poll(Math.min(LOOK_MILLIS, untilMillis(nextSnapshot)), TimeUnit.MILLISECONDS));
                    if (changed) {
                        changed();
                        seen = snapshot(); // what the events said, so the next comparison finds only what they missed
                        nextSnapshot = System.nanoTime() + intervalNanos;
                        continue;
                    }
                } else {
                    Thread.sleep(untilMillis(nextSnapshot));
                }
                if (System.nanoTime() >= nextSnapshot) {
                    lookStart = System.nanoTime();
                    Map<String, String> now = snapshot();
                    nextSnapshot = lookStart + intervalNanos;
                    if (!now.equals(seen)) {
                        seen = now;
                        if (events != null) {
                            reRegister(); // the events missed it: perhaps a folder was replaced whole
                        }
                        changed();
                        continue;
                    }
                    looked(lookStart);
                } else if (events != null) {
                    looked(lookStart);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        } finally {
            stop();
        }
    }

    /** How many changes have been noticed so far. */
    long changes() {
        return changes.get();
    }

    /** When the last change was noticed ({@link System#nanoTime()}). */
    long lastChange() {
        synchronized (looks) {
            return lastChange;
        }
    }

    /**
     * Waits until a look that began at {@code time} or later (and {@code quiet} after the last change)
     * has been made, then says whether the count of changes is still {@code count}.
     */
    boolean unchangedUntil(long count, long time) throws InterruptedException {
        synchronized (looks) {
            while (running && changes.get() == count && lookedAt - time < 0) {
                looks.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(time - lookedAt)));
            }
        }
        return changes.get() == count;
    }

    /**
     * Waits until no change has been noticed for a few milliseconds, where the system tells of
     * changes: one save is often several events (truncate, write), and a rebuild started between
     * them would be dropped, its check wasted.
     */
    void awaitBurstEnd() throws InterruptedException {
        synchronized (looks) {
            long left;
            while (running && events != null && (left = lastChange + BURST_NANOS - System.nanoTime()) > 0) {
                looks.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    /** Waits until the folders have stayed quiet for {@code quiet} since the last change. */
    void awaitQuiet() throws InterruptedException {
        synchronized (looks) {
            while (running && lookedAt - (lastChange + quietNanos) < 0) {
                looks.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(lastChange + quietNanos - lookedAt)));
            }
        }
    }

    /** The quiet spell a read must be followed by before it counts. */
    long quietNanos() {
        return quietNanos;
    }

    void stop() {
        running = false;
        WatchService watching = events;
        if (watching != null) {
            try {
                watching.close();
            } catch (IOException e) {
                // closing only
            }
        }
        synchronized (looks) {
            looks.notifyAll();
        }
    }

    private void changed() {
        synchronized (looks) {
            changes.incrementAndGet();
            lastChange = System.nanoTime();
            looks.notifyAll();
        }
        onChange.run();
    }

    private void looked(long start) {
        synchronized (looks) {
            lookedAt = start;
            looks.notifyAll();
        }
    }

    private static long untilMillis(long deadline) {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }

    /** The system's own change events on every folder below ours, or null where there are none worth having. */
    private WatchService systemEvents() {
        WatchService service = null;
        try {
            service = FileSystems.getDefault().newWatchService();
            if (service.getClass().getName().contains("Polling")) {
                service.close(); // the JDK's fallback polls every few seconds: our snapshots are faster
                return null;
            }
            for (Path folder : folders) {
                register(service, folder);
            }
            return service;
        } catch (IOException | UnsupportedOperationException | UncheckedIOException e) {
            // e.g. the system's limit of watched folders reached: the snapshots still notice every save
            if (service != null) {
                try {
                    service.close();
                } catch (IOException ignored) {
                    // closing only
                }
            }
            return null;
        }
    }

    private void reRegister() {
        try {
            for (Path folder : folders) {
                register(events, folder);
            }
        } catch (IOException | UncheckedIOException e) {
            // the snapshots still notice every save
        }
    }

    private static void register(WatchService service, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(
                        service,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    /** Reads every event waiting (starting with {@code key}); true when one tells of a change of ours. */
    private boolean drain(WatchKey key) {
        boolean changed = false;
        while (key != null) {
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW || !(event.context() instanceof Path name)) {
                    changed = true;
                    continue;
                }
                if (ContentFolder.isEditorScratch(name.getFileName().toString())) {
                    continue;
                }
                changed = true;
                Path full = ((Path) key.watchable()).resolve(name);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(full)) {
                    try {
                        register(events, full); // before the rebuild reads it: files made there are seen
                    } catch (IOException | UncheckedIOException e) {
                        // the snapshots still notice what happens in it
                    }
                }
            }
            key.reset();
            key = events.poll();
        }
        return changed;
    }

    private Map<String, String> snapshot() {
        Map<String, String> files = new TreeMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.forEach(file -> {
                    String name = file.getFileName().toString();
                    if (ContentFolder.isEditorScratch(name)) {
                        return;
                    }
                    try {
                        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                        files.put(
                                file.toString(),
                                a.size() + "@" + a.lastModifiedTime().toMillis() + "/" + a.isDirectory());
                    } catch (IOException e) {
                        files.put(file.toString(), "gone"); // deleted between listing and reading: a change
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                files.put(folder.toString(), "unreadable");
            }
        }
        return files;
    }
}
