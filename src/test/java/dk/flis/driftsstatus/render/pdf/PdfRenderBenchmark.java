package dk.flis.driftsstatus.render.pdf;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.pipeline.BuildOptions;
import dk.flis.driftsstatus.pipeline.Pipeline;
import dk.flis.driftsstatus.pipeline.RunResult;
import dk.flis.driftsstatus.render.TemplateEngine;
import dk.flis.driftsstatus.view.ReportViews;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times the October PDF, cold (first render in a fresh JVM) and warm; not a test. Run from the project
 * folder: {@code java -cp target/classes:target/test-classes:CLASSPATH dk.flis.driftsstatus.render.pdf.PdfRenderBenchmark}.
 */
public final class PdfRenderBenchmark {
    private PdfRenderBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path project = Path.of("").toAbsolutePath();
        BuildOptions options = BuildOptions.defaults(project);
        Diagnostics diagnostics = new Diagnostics();
        RunResult checked = new Pipeline(options).check();
        Content content = checked.content();
        TemplateEngine templates = new TemplateEngine(options.templates(), "templates");
        PdfRenderer renderer = new PdfRenderer(templates, options.templates(), options.content(), "templates");
        ReportViews views = new ReportViews(content, checked.history());
        var report = content.latest().orElseThrow();
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        for (int i = 1; i <= runs; i++) {
            long start = System.nanoTime();
            byte[] pdf = renderer.render(content, views, report, diagnostics).orElseThrow();
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (i == 1 || i == runs || i % 5 == 0) {
                System.out.printf(Locale.ROOT, "render %d: %d ms (%d bytes)%n", i, ms, pdf.length);
            }
        }
    }
}
