package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.IoProblems;
import dk.flis.driftsstatus.diagnostic.MonthInWords;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.diagnostic.Text;
import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.load.YearMonths;
import dk.flis.driftsstatus.mail.Addressing;
import dk.flis.driftsstatus.mail.MonthlyMessage;
import dk.flis.driftsstatus.mail.SmtpDelivery;
import dk.flis.driftsstatus.mail.SmtpServer;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.SmtpSecurity;
import dk.flis.driftsstatus.pipeline.BuildOptions;
import dk.flis.driftsstatus.pipeline.Caches;
import dk.flis.driftsstatus.pipeline.MailResult;
import dk.flis.driftsstatus.pipeline.Pipeline;
import dk.flis.driftsstatus.pipeline.RunResult;
import dk.flis.driftsstatus.view.MailViews;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code driftsstatus mail [YYYY-MM]}: builds the site, then writes the month's email as .eml and/or sends it. */
@Command(
        name = "mail",
        mixinStandardHelpOptions = true,
        header = "Build the site, then write the month's email (--eml FILE) and/or send it (--send).",
        description = {
            "The email carries the month's Overblik, the note of every area that needs attention and "
                    + "the change summary as HTML and plain text, a link to the month's page "
                    + "when site.json has a baseUrl, and the month's PDF exactly as published. Settings come from the "
                    + "\"mail\" object of site.json; options override them. Nothing is written or sent if the build "
                    + "has errors.",
            "The SMTP password is read only from the environment variable " + MailCommand.PASSWORD_VARIABLE + "."
        })
final class MailCommand extends ContentOptions implements Callable<Integer> {
    static final String PASSWORD_VARIABLE = "DRIFTSSTATUS_SMTP_PASSWORD";

    /** Where the password is read from; tests replace it, nothing else does. */
    static UnaryOperator<String> environment = System::getenv;

    @Spec
    CommandSpec spec;

    @Parameters(
            descriptionKey = "help.mail.month",
            index = "0",
            arity = "0..1",
            paramLabel = "YYYY-MM",
            description = "the report's month (default: the latest)")
    String month;

    @Option(
            names = "--eml",
            descriptionKey = "help.mail.eml",
            paramLabel = "FILE",
            description = "write the message to FILE (opens in Outlook and Thunderbird)")
    Path eml;

    @Option(names = "--send", descriptionKey = "help.mail.send", description = "send the message over SMTP")
    boolean send;

    @Option(
            names = "--dry-run",
            descriptionKey = "help.mail.dry-run",
            description = "print the headers and the summary; publish, write and send nothing")
    boolean dryRun;

    @Option(
            names = "--out",
            descriptionKey = "help.mail.out",
            paramLabel = "DIR",
            description = "site folder to publish (default: ${DEFAULT-VALUE})",
            defaultValue = "site")
    Path out;

    @Option(
            names = "--from",
            descriptionKey = "help.mail.from",
            paramLabel = "ADDRESS",
            description = "sender, e.g. \"FLIS <drift@example.dk>\"")
    String from;

    @Option(
            names = "--to",
            descriptionKey = "help.mail.to",
            paramLabel = "ADDRESS",
            description = "recipient (repeatable; replaces site.json's list)")
    List<String> to;

    @Option(
            names = "--bcc",
            descriptionKey = "help.mail.bcc",
            paramLabel = "ADDRESS",
            description = "blind copy (repeatable; replaces site.json's list)")
    List<String> bcc;

    @Option(
            names = "--reply-to",
            descriptionKey = "help.mail.reply-to",
            paramLabel = "ADDRESS",
            description = "where replies go")
    String replyTo;

    @Option(
            names = "--smtp-host",
            descriptionKey = "help.mail.smtp-host",
            paramLabel = "HOST",
            description = "SMTP server")
    String smtpHost;

    @Option(
            names = "--smtp-port",
            descriptionKey = "help.mail.smtp-port",
            paramLabel = "PORT",
            description = "SMTP port (default: 587 starttls, 465 tls, 25 none)")
    Integer smtpPort;

    @Option(
            names = "--smtp-security",
            descriptionKey = "help.mail.smtp-security",
            paramLabel = "starttls|tls|none",
            description = "connection security (default: starttls)")
    String smtpSecurity;

    @Option(
            names = "--smtp-user",
            descriptionKey = "help.mail.smtp-user",
            paramLabel = "USER",
            description = "SMTP login (password from " + PASSWORD_VARIABLE + ")")
    String smtpUser;

    @Override
    public Integer call() throws MessagingException {
        if (eml == null && !send && !dryRun) {
            throw new CommandLine.ParameterException(spec.commandLine(), words().format("cli.usage.mail-what"));
        }
        // Wrong option values are usage errors (exit 2) whatever else is asked, before anything is read.
        if (smtpPort != null && (smtpPort < 1 || smtpPort > 65535)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), words().format("cli.usage.smtp-port-range", smtpPort));
        }
        if (smtpSecurity != null && SmtpSecurity.parse(smtpSecurity).isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), words().format("cli.usage.smtp-security", smtpSecurity));
        }
        PrintWriter err = spec.commandLine().getErr();
        // A dry run keeps its render cache in memory: it promises to write nothing at all.
        BuildOptions options = buildOptions(out, true);
        Pipeline pipeline = dryRun ? new Pipeline(options, Caches.inMemory()) : new Pipeline(options);
        // Every path is checked before anything is built, published or written.
        RunResult output = pipeline.checkOutput();
        if (output.failed()) {
            return refuse(output.diagnostics());
        }
        Diagnostics setupProblems = new Diagnostics();
        if (eml != null && !dryRun && !EmlFile.mayWrite(workingDirectory, eml, setupProblems)) {
            return refuse(setupProblems.sorted());
        }
        RunResult checked = pipeline.check();
        if (checked.failed()) {
            return refuse(checked.diagnostics());
        }
        Content content = checked.content();
        ContentFolder folder = new ContentFolder(workingDirectory.resolve(this.content), workingDirectory);
        MailSetup setup = new MailSetup(
                content.site().mail(), folder.shown(folder.siteJson()), spec.commandLine(), setupProblems, words());
        Optional<MonthlyReport> report = report(content, folder, setupProblems);
        Optional<Addressing> addressing = setup.addressing(from, to, bcc, replyTo, send && !dryRun);
        Optional<SmtpServer> server = send && !dryRun
                ? setup.server(smtpHost, smtpPort, smtpSecurity, smtpUser, environment.apply(PASSWORD_VARIABLE))
                : Optional.empty();
        if (send && !dryRun && month == null) {
            report.ifPresent(r -> sendNeedsMonth(r, setupProblems));
        }
        if (setupProblems.hasErrors()) {
            setupProblems.addAll(checked.diagnostics());
            return refuse(setupProblems.sorted());
        }
        // Said before anything is published, written or sent, so a wrong month is seen in time.
        spec.commandLine()
                .getOut()
                .println(words().format(
                                "cli.mail.about-to-send",
                                new MonthInWords(report.get().month()),
                                report.get().file(),
                                MailViews.subject(content.site(), report.get())));
        MailResult mail = pipeline.mail(checked, report.get(), addressing.get(), !dryRun, err::println);
        if (mail.run().failed()) {
            return refuse(mail.run().diagnostics());
        }
        printText(mail.run().diagnostics(), err);
        MimeMessage message = mail.message();
        if (dryRun) {
            new MailSummary(spec.commandLine().getOut(), words()).print(message, addressing.get(), mail.parts());
            spec.commandLine().getOut().println(words().format("cli.mail.dry-run-done"));
            return ExitCode.OK;
        }
        spec.commandLine()
                .getOut()
                .println(words().format(
                                "cli.mail.built",
                                content.reports().size(),
                                ContentFolder.shown(workingDirectory, workingDirectory.resolve(out))));
        if (eml != null) {
            Path file = workingDirectory.resolve(eml);
            try {
                Files.write(file, MonthlyMessage.eml(message));
            } catch (IOException e) {
                printText(
                        List.of(Diagnostic.error(
                                SourcePosition.of(ContentFolder.shown(workingDirectory, file)),
                                "eml-write-failed",
                                ContentFolder.shown(workingDirectory, file),
                                IoProblems.describe(e))),
                        err);
                return ExitCode.COULD_NOT_RUN;
            }
            spec.commandLine()
                    .getOut()
                    .println(words().format("cli.mail.wrote", ContentFolder.shown(workingDirectory, file)));
        }
        if (server.isPresent()) {
            try {
                MonthlyMessage.dateAsSent(message, clock.instant()); // after the .eml, which keeps the report day
                SmtpDelivery.send(message, addressing.get(), server.get());
            } catch (SmtpDelivery.DeliveryFailure e) {
                printText(List.of(e.diagnostic(SourcePosition.of(words().format("printer.program-name")))), err);
                if (verbose) {
                    e.printStackTrace(err);
                }
                return ExitCode.COULD_NOT_RUN;
            }
            spec.commandLine()
                    .getOut()
                    .println(words().format(
                                    "cli.mail.sent",
                                    message.getSubject(),
                                    addressing.get().recipients().size(),
                                    server.get().address()));
        }
        return ExitCode.OK;
    }

    private Optional<MonthlyReport> report(Content content, ContentFolder folder, Diagnostics diagnostics) {
        if (month == null) {
            if (content.latest().isEmpty()) {
                diagnostics.error(SourcePosition.of(folder.shown(folder.reports())), "no-report-to-mail");
            }
            return content.latest();
        }
        YearMonth wanted = YearMonths.parse(month)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(), words().format("cli.usage.month-format", "2025-10", month)));
        Optional<MonthlyReport> found =
                content.reports().stream().filter(r -> r.month().equals(wanted)).findFirst();
        if (found.isEmpty()) {
            diagnostics.error(
                    SourcePosition.of(folder.shown(folder.reports().resolve(wanted + ".md"))),
                    "no-report-for-month",
                    new MonthInWords(wanted),
                    content.latest().<Object>map(r -> r.month().toString()).orElse(Text.of("term.none")),
                    wanted.toString());
        }
        return found;
    }

    /**
     * Sending without naming a month sends the latest report; when that is neither this month's nor
     * last month's (e.g. "new" was run twice), the editor must name it, so the wrong month is never
     * sent by accident.
     */
    private void sendNeedsMonth(MonthlyReport latest, Diagnostics diagnostics) {
        YearMonth thisMonth = YearMonth.from(today());
        if (latest.month().equals(thisMonth) || latest.month().equals(thisMonth.minusMonths(1))) {
            return;
        }
        diagnostics.error(
                SourcePosition.of(latest.file()),
                "mail-send-needs-month",
                new MonthInWords(latest.month()),
                new MonthInWords(thisMonth),
                latest.month().toString());
    }

    private int refuse(List<Diagnostic> diagnostics) {
        PrintWriter err = spec.commandLine().getErr();
        printText(diagnostics, err);
        err.println(words().format("cli.mail.nothing-done"));
        return ExitCode.CONTENT_ERRORS;
    }
}
