package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.mail.Addressing;
import dk.flis.driftsstatus.mail.SmtpServer;
import dk.flis.driftsstatus.model.MailSettings;
import dk.flis.driftsstatus.model.SmtpSecurity;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Merges site.json's mail settings with the command line (options win) and reports, against
 * site.json, what a message or a send still lacks. A malformed option is a usage error.
 */
final class MailSetup {
    private final MailSettings settings;
    private final String siteJson;
    private final CommandLine commandLine;
    private final Diagnostics diagnostics;
    private final Catalogue words;

    MailSetup(
            MailSettings settings, String siteJson, CommandLine commandLine, Diagnostics diagnostics, Catalogue words) {
        this.words = words;
        this.settings = settings;
        this.siteJson = siteJson;
        this.commandLine = commandLine;
        this.diagnostics = diagnostics;
    }

    /** Who the message is from and to; recipients are required only when it is sent. */
    Optional<Addressing> addressing(String from, List<String> to, List<String> bcc, String replyTo, boolean sending) {
        Optional<InternetAddress> sender = one(from, settings.from(), "--from");
        List<InternetAddress> toList = many(to, settings.to(), "--to");
        List<InternetAddress> bccList = many(bcc, settings.bcc(), "--bcc");
        Optional<InternetAddress> reply = one(replyTo, settings.replyTo(), "--reply-to");
        if (sender.isEmpty()) {
            diagnostics.error(SourcePosition.of(siteJson), "mail-no-sender");
        }
        if (sending && toList.isEmpty() && bccList.isEmpty()) {
            diagnostics.error(SourcePosition.of(siteJson), "mail-no-recipients");
        }
        return sender.map(s -> new Addressing(s, toList, bccList, reply.orElse(null)));
    }

    /** The SMTP server to send through; the password comes only from the environment. */
    Optional<SmtpServer> server(String host, Integer port, String security, String user, String password) {
        String chosenHost = host != null ? host : settings.smtpHost();
        SmtpSecurity chosenSecurity = settings.smtpSecurity();
        if (security != null) {
            chosenSecurity = SmtpSecurity.parse(security)
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            commandLine, words.format("cli.usage.smtp-security", security)));
        }
        int chosenPort =
                port != null ? port : settings.smtpPort() != 0 ? settings.smtpPort() : chosenSecurity.defaultPort();
        if (chosenPort < 1 || chosenPort > 65535) {
            throw new CommandLine.ParameterException(
                    commandLine, words.format("cli.usage.smtp-port-range", chosenPort));
        }
        String chosenUser = user != null ? user : settings.smtpUser();
        if (chosenHost.isEmpty()) {
            diagnostics.error(SourcePosition.of(siteJson), "mail-no-smtp-server");
        }
        if (!chosenUser.isEmpty() && (password == null || password.isEmpty())) {
            diagnostics.error(
                    SourcePosition.of(siteJson), "mail-password-missing", chosenUser, MailCommand.PASSWORD_VARIABLE);
        }
        if (chosenHost.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SmtpServer(chosenHost, chosenPort, chosenSecurity, chosenUser, password));
    }

    private Optional<InternetAddress> one(String option, String configured, String name) {
        if (option != null) {
            return Optional.of(parseOption(option, name));
        }
        return configured.isEmpty() ? Optional.empty() : Addressing.parse(configured);
    }

    private List<InternetAddress> many(List<String> option, List<String> configured, String name) {
        List<InternetAddress> result = new ArrayList<>();
        if (option != null) {
            option.forEach(text -> result.add(parseOption(text, name)));
        } else {
            configured.forEach(text -> Addressing.parse(text).ifPresent(result::add));
        }
        return result;
    }

    private InternetAddress parseOption(String text, String name) {
        return Addressing.parse(text)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        commandLine, words.format("cli.usage.address-invalid", name, text)));
    }
}
