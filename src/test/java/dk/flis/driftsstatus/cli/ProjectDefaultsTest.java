package dk.flis.driftsstatus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --templates defaults to the project's own theme, else to the one installed with the program. */
class ProjectDefaultsTest {
    @TempDir
    Path temp;

    @Test
    void aProjectWithTemplatesUsesThem() throws IOException {
        Files.createDirectories(temp.resolve("project/templates"));
        Files.createDirectories(temp.resolve("home/templates"));
        assertEquals(
                Path.of("templates"),
                ProjectDefaults.templates(
                        temp.resolve("project"), temp.resolve("home").toString()));
    }

    @Test
    void aProjectWithoutTemplatesUsesTheInstalledTheme() throws IOException {
        Files.createDirectories(temp.resolve("project/content"));
        Files.createDirectories(temp.resolve("home/templates"));
        assertEquals(
                temp.resolve("home/templates"),
                ProjectDefaults.templates(
                        temp.resolve("project"), temp.resolve("home").toString()));
    }

    @Test
    void withoutAnInstallationTheDefaultStaysTemplates() throws IOException {
        Files.createDirectories(temp.resolve("project"));
        assertEquals(Path.of("templates"), ProjectDefaults.templates(temp.resolve("project"), null));
        assertEquals(
                Path.of("templates"),
                ProjectDefaults.templates(
                        temp.resolve("project"), temp.resolve("nowhere").toString()));
    }
}
