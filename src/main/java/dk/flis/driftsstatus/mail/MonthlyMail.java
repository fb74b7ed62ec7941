package dk.flis.driftsstatus.mail;

import dk.flis.driftsstatus.history.History;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.render.RenderedSite;
import dk.flis.driftsstatus.render.SitePaths;
import dk.flis.driftsstatus.render.TemplateEngine;
import dk.flis.driftsstatus.view.MailView;
import dk.flis.driftsstatus.view.MailViews;
import java.util.Map;

/**
 * Renders one month's email from the rendered site: both bodies from templates/mail/ and the PDF's
 * bytes exactly as the site publishes them.
 */
public final class MonthlyMail {
    static final String HTML_TEMPLATE = "mail/message.ftlh";
    static final String TEXT_TEMPLATE = "mail/message.ftl";

    private MonthlyMail() {}

    /** The email of {@code report} from the rendered {@code site}, with the run's templates and history. */
    public static MonthlyMessage.Parts render(
            Content content, History history, MonthlyReport report, RenderedSite site, TemplateEngine templates)
            throws TemplateEngine.TemplateFailure {
        MailView view = new MailViews(content, history).view(report);
        byte[] pdf = site.files().get(SitePaths.pdf(report.month()));
        if (pdf == null) {
            throw new IllegalStateException("the site was rendered without the PDF of " + report.month());
        }
        Map<String, Object> model = Map.of("mail", view);
        return new MonthlyMessage.Parts(
                view.subject(),
                templates.render(TEXT_TEMPLATE, model),
                templates.render(HTML_TEMPLATE, model),
                pdf,
                view.pdfFileName(),
                report.date());
    }
}
