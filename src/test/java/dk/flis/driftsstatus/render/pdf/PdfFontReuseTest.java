package dk.flis.driftsstatus.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.pipeline.BuildOptions;
import dk.flis.driftsstatus.pipeline.Pipeline;
import dk.flis.driftsstatus.pipeline.RunResult;
import dk.flis.driftsstatus.render.TemplateEngine;
import dk.flis.driftsstatus.view.ReportViews;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render thread parses the fonts once and embeds every later document's subsets from them: what a
 * document embeds must not depend on what its thread rendered before, so each PDF of a thread that has
 * rendered all the others is byte for byte the PDF a fresh thread makes.
 */
class PdfFontReuseTest {
    @TempDir
    Path temp;

    @Test
    void aPdfIsTheSameWhetherItsThreadRenderedOthersBeforeOrNot() throws Exception {
        FixtureSite site = FixtureSite.of("history", temp.resolve("project"));
        BuildOptions options = BuildOptions.defaults(site.root());
        RunResult checked = new Pipeline(options).check();
        Content content = checked.content();
        PdfRenderer renderer = new PdfRenderer(
                new TemplateEngine(options.templates(), "templates"), options.templates(), options.content(), "t");
        ReportViews views = new ReportViews(content, checked.history());
        Diagnostics diagnostics = new Diagnostics();
        List<MonthlyReport> reports = content.reports();
        assertTrue(reports.size() > 3, "several months, so that faces and glyphs vary between documents");

        List<byte[]> afterOthers = new ArrayList<>();
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            for (MonthlyReport report : reports) {
                afterOthers.add(one.submit(() -> renderer.render(content, views, report, diagnostics)
                                .orElseThrow())
                        .get());
            }
        } finally {
            one.shutdown();
        }
        for (int i = reports.size() - 1; i >= 0; i--) {
            MonthlyReport report = reports.get(i);
            ExecutorService fresh = Executors.newSingleThreadExecutor();
            try {
                byte[] alone = fresh.submit(() -> renderer.render(content, views, report, diagnostics)
                                .orElseThrow())
                        .get();
                assertArrayEquals(alone, afterOthers.get(i), report.month() + " depends on its thread's history");
            } finally {
                fresh.shutdown();
            }
        }
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
    }
}
