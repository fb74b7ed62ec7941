package dk.flis.driftsstatus.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FreeMarker's file loader (which refuses files outside the templates folder), telling
 * {@link ReadRecorder} of every template name looked up: found or not (a localised variant such as
 * {@code report_da.ftlh} that does not exist yet is a dependency too), literal or computed, with
 * the hash of the very bytes FreeMarker parsed.
 */
final class RecordingTemplateLoader implements TemplateLoader {
    private final FileTemplateLoader files;
    private final Path folder;
    /** The hash of each template's bytes as last handed to FreeMarker, which caches what it parsed. */
    private final Map<Path, String> parsed = new ConcurrentHashMap<>();

    RecordingTemplateLoader(Path folder) throws IOException {
        this.files = new FileTemplateLoader(folder.toFile());
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Object source = files.findTemplateSource(name);
        if (source instanceof File file) {
            Path path = file.toPath().toAbsolutePath().normalize();
            ReadRecorder.read(path, parsed.get(path)); // null until parsed: getReader records it next
        } else {
            ReadRecorder.read(folder.resolve(name), ReadRecorder.ABSENT);
        }
        return source;
    }

    @Override
    public long getLastModified(Object source) {
        return files.getLastModified(source);
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        Path path = ((File) source).toPath().toAbsolutePath().normalize();
        byte[] bytes = Files.readAllBytes(path);
        String hash = Sha256.hex(bytes);
        parsed.put(path, hash);
        ReadRecorder.read(path, hash);
        return new StringReader(new String(bytes, Charset.forName(encoding)));
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        files.closeTemplateSource(source);
    }
}
