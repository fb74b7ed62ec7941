package dk.flis.driftsstatus.render.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.IoProblems;
import dk.flis.driftsstatus.diagnostic.MonthInWords;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.render.OutputJob;
import dk.flis.driftsstatus.render.SitePaths;
import dk.flis.driftsstatus.render.TemplateEngine;
import dk.flis.driftsstatus.render.TemplateEngine.TemplateFailure;
import dk.flis.driftsstatus.view.PdfDocumentView;
import dk.flis.driftsstatus.view.ReportViews;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Renders one PDF per report from {@code templates/pdf/report.ftlh}, fed by the same view records as
 * the HTML. Reusable and thread-safe: it holds only immutable settings, and each render builds its
 * own openhtmltopdf renderer, document and diagnostics.
 */
public final class PdfRenderer {
    public static final String TEMPLATE = "pdf/report.ftlh";

    static {
        OpenHtmlToPdfLog.silence();
    }

    private final TemplateEngine templates;
    private final Path templatesFolder;
    private final Path contentFolder;
    private final String shownTemplates;

    /** {@code shownTemplates} is the templates folder as the user sees it, for messages. */
    public PdfRenderer(TemplateEngine templates, Path templatesFolder, Path contentFolder, String shownTemplates) {
        this.templates = templates;
        this.templatesFolder = templatesFolder.toAbsolutePath().normalize();
        this.contentFolder = contentFolder.toAbsolutePath().normalize();
        this.shownTemplates = shownTemplates;
    }

    /**
     * One job per report, making its PDF at {@link SitePaths#pdf}; problems go to
     * {@code diagnostics}. Its input is the document's view records and the report date.
     */
    public List<OutputJob> jobs(Content content, ReportViews views, Diagnostics diagnostics) {
        List<OutputJob> jobs = new ArrayList<>();
        for (MonthlyReport report : content.reports()) {
            PdfDocumentView document = PdfDocumentView.of(content, views.view(report, true));
            jobs.add(new OutputJob(
                    SitePaths.pdf(report.month()),
                    List.of(TEMPLATE),
                    List.of(document, report.date()),
                    () -> render(document, report, diagnostics).orElse(null)));
        }
        return jobs;
    }

    /** One report's PDF, or empty (with an error in {@code diagnostics}) when it could not be made. */
    public Optional<byte[]> render(Content content, ReportViews views, MonthlyReport report, Diagnostics diagnostics)
            throws TemplateFailure {
        return render(PdfDocumentView.of(content, views.view(report, true)), report, diagnostics);
    }

    private Optional<byte[]> render(PdfDocumentView document, MonthlyReport report, Diagnostics diagnostics)
            throws TemplateFailure {
        String html = templates.render(TEMPLATE, Map.of("document", document));
        String baseUri = templatesFolder.resolve(TEMPLATE).toUri().toString();
        LocalResources resources = new LocalResources(templatesFolder, contentFolder);
        List<com.openhtmltopdf.util.Diagnostic> warnings = new ArrayList<>();

        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(toDom(html, baseUri), baseUri);
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
        builder.useColorProfile(ReproduciblePdf.SRGB_PROFILE);
        builder.withProducer("driftsstatus");
        builder.useExternalResourceAccessControl(resources, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withDiagnosticConsumer(warnings::add);
        byte[] pdf;
        try (PDDocument pdfDocument = new PDDocument()) {
            PdfFonts.register(builder, pdfDocument);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFKeepOpen();
                pdf = ReproduciblePdf.save(pdfDocument, report.date());
            }
        } catch (IOException | RuntimeException e) {
            diagnostics.error(
                    SourcePosition.of(template()),
                    "pdf-failed",
                    new MonthInWords(report.month()),
                    IoProblems.describe(e),
                    TEMPLATE);
            return Optional.empty();
        }
        new RenderProblems(template()).report(warnings, resources.refused(), diagnostics);
        return Optional.of(pdf);
    }

    /**
     * jsoup parses HTML5 as a browser does; openhtmltopdf needs a DOM. jsoup moves the non-standard
     * {@code <bookmarks>} into the body, where openhtmltopdf would lay it out; it belongs in the head.
     */
    private static org.w3c.dom.Document toDom(String html, String baseUri) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html, baseUri);
        org.jsoup.nodes.Element bookmarks = parsed.selectFirst("bookmarks");
        if (bookmarks != null) {
            parsed.head().appendChild(bookmarks);
        }
        return new W3CDom().fromJsoup(parsed);
    }

    private String template() {
        return shownTemplates + "/" + TEMPLATE;
    }
}
