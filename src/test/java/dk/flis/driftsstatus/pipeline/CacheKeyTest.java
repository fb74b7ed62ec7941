package dk.flis.driftsstatus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The render cache keys on what a render actually read: a computed include, a stylesheet the PDF
 * imports and a localised template that appears later each make the next build re-render, so that
 * an incremental build equals a clean one.
 */
class CacheKeyTest {
    @TempDir
    Path temp;

    static Set<String> build(FixtureSite site, boolean pdf) throws Exception {
        RunResult built = new Pipeline(new BuildOptions(
                        site.path("content"), site.path("templates"), site.path("site"), site.root(), pdf))
                .build(waiting -> {});
        assertTrue(!built.failed(), built.diagnostics().toString());
        return built.render().renderedPaths();
    }

    static void replace(FixtureSite site, String file, String from, String to) throws IOException {
        Path path = site.path(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void editingAFileIncludedUnderAComputedNameRerendersThePagesThatIncludeIt() throws Exception {
        FixtureSite site = FixtureSite.of("small", temp);
        Files.writeString(site.path("templates/part.ftlh"), "<p class=\"part\">første</p>\n");
        replace(site, "templates/report.ftlh", "<@layout.frame>", "<@layout.frame>\n<#include \"pa\" + \"rt.ftlh\">");
        build(site, false);

        Files.writeString(site.path("templates/part.ftlh"), "<p class=\"part\">anden</p>\n");
        Set<String> rendered = build(site, false);

        assertTrue(rendered.contains("index.html") && rendered.contains("rapporter/2025-10.html"), rendered.toString());
        assertTrue(Files.readString(site.path("site/index.html")).contains("anden"));
    }

    @Test
    void editingAStylesheetThePdfImportsRerendersThePdfs() throws Exception {
        FixtureSite site = FixtureSite.of("small", temp.resolve("incremental"));
        FixtureSite clean = FixtureSite.of("small", temp.resolve("clean"));
        for (FixtureSite s : new FixtureSite[] {site, clean}) {
            Files.writeString(
                    s.path("templates/pdf/report.css"),
                    "@import \"extra.css\";\n" + Files.readString(s.path("templates/pdf/report.css")));
            Files.writeString(s.path("templates/pdf/extra.css"), "h1 { color: #000000; }\n");
        }
        build(site, true);

        Files.writeString(site.path("templates/pdf/extra.css"), "h1 { color: #b3261e; }\n");
        Files.writeString(clean.path("templates/pdf/extra.css"), "h1 { color: #b3261e; }\n");
        Set<String> rendered = build(site, true);
        build(clean, true);

        assertTrue(rendered.contains("pdf/driftsstatus-2025-10.pdf"), rendered.toString());
        assertEquals(FixtureSite.hashes(clean.path("site")), FixtureSite.hashes(site.path("site")));
    }

    @Test
    void aLocalisedTemplateThatAppearsLaterIsUsed() throws Exception {
        FixtureSite site = FixtureSite.of("small", temp);
        build(site, false);

        Files.writeString(site.path("templates/page_da.ftlh"), "<p>kun på dansk</p>\n");
        Set<String> rendered = build(site, false);

        assertTrue(rendered.contains("sider/om.html"), rendered.toString());
        assertEquals("<p>kun på dansk</p>\n", Files.readString(site.path("site/sider/om.html")));
    }
}
