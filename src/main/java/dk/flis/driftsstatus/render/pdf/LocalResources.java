package dk.flis.driftsstatus.render.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import dk.flis.driftsstatus.render.ReadRecorder;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * What one PDF render may read: files inside the templates and content folders, nothing else. A
 * build must never reach the network or wander the disk because a note or a theme asked it to.
 * Each refusal is remembered so that the renderer can report it; one instance per render.
 */
final class LocalResources implements BiPredicate<String, ExternalResourceType> {
    private final List<Path> allowedFolders;
    private final List<String> refused = new ArrayList<>();

    LocalResources(Path... allowedFolders) {
        this.allowedFolders =
                List.of(allowedFolders).stream().map(LocalResources::real).toList();
    }

    @Override
    public boolean test(String uri, ExternalResourceType type) {
        if (uri != null && isInsideAllowedFolder(uri)) {
            Path file = Path.of(URI.create(uri));
            ReadRecorder.read(file, ReadRecorder.hashOf(file)); // the render cache keys on it (@import, url())
            return true;
        }
        synchronized (refused) {
            refused.add(uri == null ? "(unresolvable address)" : uri);
        }
        return false;
    }

    /** The addresses refused so far, in the order asked. */
    List<String> refused() {
        synchronized (refused) {
            return List.copyOf(refused);
        }
    }

    /** Resolves symbolic links, so that a link inside the theme cannot point outside it. */
    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (java.io.IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private boolean isInsideAllowedFolder(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (parsed.getScheme() == null
                    || !parsed.getScheme().toLowerCase(Locale.ROOT).equals("file")) {
                return false;
            }
            Path file = real(Path.of(parsed));
            return allowedFolders.stream().anyMatch(file::startsWith);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return false;
        }
    }
}
