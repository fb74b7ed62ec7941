package dk.flis.driftsstatus.serve;

import dk.flis.driftsstatus.load.ContentFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Notices changes under some folders by comparing snapshots (path, size, modification time) every
 * {@code interval}. Polling, not {@link java.nio.file.WatchService}: the JDK's watcher on macOS
 * itself polls only every few seconds, while a content folder of a few dozen files is cheap to scan.
 * A change is reported once the folders have stayed quiet for one interval, so an editor's save
 * (often several writes) gives one rebuild.
 */
final class FolderWatcher implements Runnable {
    private final List<Path> folders;
    private final long intervalMillis;
    private final Runnable onChange;
    private volatile boolean running = true;

    FolderWatcher(List<Path> folders, long intervalMillis, Runnable onChange) {
        this.folders = List.copyOf(folders);
        this.intervalMillis = intervalMillis;
        this.onChange = onChange;
    }

    @Override
    public void run() {
        Map<String, String> seen = snapshot();
        boolean pending = false;
        while (running) {
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
            Map<String, String> now = snapshot();
            if (!now.equals(seen)) {
                seen = now;
                pending = true;
            } else if (pending) {
                pending = false;
                onChange.run();
            }
        }
    }

    void stop() {
        running = false;
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
