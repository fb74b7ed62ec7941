package dk.flis.driftsstatus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme cannot reach outside its folder or into the JVM; each attempt is a diagnostic at the template's line and column. */
class TemplateLockDownTest {
    /** Stands in for a view record. */
    public record Row(String name) {}

    @TempDir
    Path temp;

    private Path templates;

    @BeforeEach
    void theme() throws IOException {
        templates = Files.createDirectories(temp.resolve("templates"));
        Files.createDirectories(temp.resolve("content"));
        Files.writeString(temp.resolve("content/site.json"), "{\"secret\": true}");
        Files.writeString(temp.resolve("outside.ftlh"), "secret");
    }

    @Test
    void newBuiltinCannotInstantiateClasses() throws IOException {
        Diagnostic d = failure("ok\n  <#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}\n");
        assertAt(d, 2, 3);
    }

    @Test
    void apiBuiltinIsDisabled() throws IOException {
        Diagnostic d = failure("${rows?api.size()}\n");
        assertAt(d, 1, 3);
    }

    @Test
    void includeCannotLeaveTheTemplatesFolder() throws IOException {
        assertAt(failure("x\n<#include \"../content/site.json\">\n"), 2, 1);
        assertAt(failure("<#include \"/etc/passwd\">\n"), 1, 1);
        assertAt(failure("<#import \"../outside.ftlh\" as outside>\n"), 1, 1);
    }

    @Test
    void aLinkInTheTemplatesFolderCannotPointOutside() throws IOException {
        Files.createSymbolicLink(templates.resolve("link.ftlh"), temp.resolve("outside.ftlh"));
        Diagnostic d = failure("<#include \"link.ftlh\">\n");
        // FreeMarker refuses this without a position; the file and the reason are still given.
        assertEquals("templates/t.ftlh", d.file());
        assertEquals("template-outside-folder", d.code(), d.toString());
    }

    @Test
    void objectsExposeNoGetClassOrForeignMethods() throws IOException {
        assertAt(failure("${row.class.protectionDomain}"), 1, 3);
        assertAt(failure("${row.getClass()}"), 1, 3);
        assertAt(failure("${row.wait()}"), 1, 3);
        assertAt(failure("${date.plusDays(1)}"), 1, 3);
    }

    @Test
    void viewRecordAccessorsAndPlainValuesStillWork() throws IOException, TemplateEngine.TemplateFailure {
        Files.writeString(
                templates.resolve("t.ftlh"), "${row.name} ${row.name()} ${date} <#list rows as r>${r}</#list>");
        assertEquals("a a 2025-10-10 xy", engine().render("t.ftlh", model()));
    }

    private Diagnostic failure(String template) throws IOException {
        Files.writeString(templates.resolve("t.ftlh"), template);
        TemplateEngine engine = engine();
        return assertThrows(TemplateEngine.TemplateFailure.class, () -> engine.render("t.ftlh", model()))
                .diagnostic();
    }

    private TemplateEngine engine() throws IOException {
        return new TemplateEngine(templates, "templates");
    }

    private static Map<String, Object> model() {
        return Map.of("row", new Row("a"), "date", LocalDate.of(2025, 10, 10), "rows", List.of("x", "y"));
    }

    private static void assertAt(Diagnostic d, int line, int column) {
        assertEquals("templates/t.ftlh", d.file(), d.toString());
        assertEquals(line, d.line(), d.toString());
        assertEquals(column, d.column(), d.toString());
        assertTrue(d.isError());
    }
}
