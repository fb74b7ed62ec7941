package dk.flis.driftsstatus.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The content project {@code driftsstatus init} creates: the real content's site settings, registry,
 * JSON Schemas, October 2025's report and the Opdateringsfrekvens page, copied into the jar when it is
 * built (pom.xml lists the same files). It builds as it is, so an editor starts from a working report.
 */
public final class StarterProject {
    /** The files, relative to the project folder, in the order they are written. */
    public static final List<String> FILES = List.of(
            "content/site.json",
            "content/site.schema.json",
            "content/areas.json",
            "content/areas.schema.json",
            "content/report.schema.json",
            "content/reports/2025-10.md",
            "content/pages/opdateringsfrekvens.md");

    private static final String RESOURCES = "starter/";

    private StarterProject() {}

    /**
     * Writes every file under {@code project} and returns their paths. Never overwrites: a file that
     * exists already stops it before anything is written.
     */
    public static List<Path> write(Path project) throws IOException {
        for (String file : FILES) {
            if (Files.exists(project.resolve(file))) {
                throw new java.nio.file.FileAlreadyExistsException(
                        project.resolve(file).toString());
            }
        }
        List<Path> written = new ArrayList<>();
        for (String file : FILES) {
            Path target = project.resolve(file);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes(file), StandardOpenOption.CREATE_NEW);
            written.add(target);
        }
        return written;
    }

    private static byte[] bytes(String file) {
        try (InputStream in = StarterProject.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException("the program was built without its starter file " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
