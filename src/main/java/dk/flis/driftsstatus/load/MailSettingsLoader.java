package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.Text;
import dk.flis.driftsstatus.mail.Addressing;
import dk.flis.driftsstatus.model.MailSettings;
import dk.flis.driftsstatus.model.SmtpSecurity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the optional {@code mail} object of site.json. Every key is optional; what a send still
 * lacks is reported by the mail command, where the command line may supply it.
 */
final class MailSettingsLoader {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    private MailSettingsLoader() {}

    static Optional<MailSettings> read(Node node, Diagnostics diagnostics) {
        Optional<Fields> fields = Fields.of(node, Text.of("term.where.mail"), diagnostics);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        long before = diagnostics.errorCount();
        String subject = f.optionalText("subject").orElse("");
        checkPlaceholders(f, subject, diagnostics);
        String from = address(f, "from", diagnostics);
        List<String> to = addresses(f, "to", diagnostics);
        List<String> bcc = addresses(f, "bcc", diagnostics);
        String replyTo = address(f, "replyTo", diagnostics);
        String greeting = f.optionalText("greeting").orElse("");
        String signOff = f.optionalText("signOff").orElse("");
        String contact = f.optionalText("contact").orElse("");
        String host = "";
        int port = 0;
        SmtpSecurity security = SmtpSecurity.STARTTLS;
        String user = "";
        Optional<Fields> smtp = f.optional("smtp").flatMap(n -> Fields.of(n, Text.of("term.where.smtp"), diagnostics));
        if (smtp.isPresent()) {
            Fields s = smtp.get();
            host = s.optionalText("host").orElse("");
            port = s.has("port") ? s.requiredInt("port", 1, 65535).orElse(0) : 0;
            Optional<String> securityText = s.optionalText("security");
            if (securityText.isPresent()) {
                security = SmtpSecurity.parse(securityText.get()).orElse(SmtpSecurity.STARTTLS);
                if (SmtpSecurity.parse(securityText.get()).isEmpty()) {
                    diagnostics.error(s.valueAt("security"), "smtp-security-unknown", securityText.get());
                }
            }
            user = s.optionalText("user").orElse("");
            if (s.has("password")) {
                diagnostics.error(s.keyAt("password"), "password-in-site-json");
            }
            s.rejectUnknownKeys();
        }
        f.rejectUnknownKeys();
        if (diagnostics.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new MailSettings(
                subject, from, to, bcc, replyTo, host, port, security, user, greeting, signOff, contact));
    }

    private static void checkPlaceholders(Fields f, String subject, Diagnostics diagnostics) {
        Matcher m = PLACEHOLDER.matcher(subject);
        while (m.find()) {
            if (!MailSettings.SUBJECT_PLACEHOLDERS.contains(m.group())) {
                diagnostics.error(
                        f.valueAt("subject"),
                        "subject-placeholder-unknown",
                        m.group(),
                        Text.orList(MailSettings.SUBJECT_PLACEHOLDERS),
                        MailSettings.DEFAULT_SUBJECT);
            }
        }
    }

    private static String address(Fields f, String key, Diagnostics diagnostics) {
        Optional<String> text = f.optionalText(key);
        if (text.isPresent() && !valid(text.get())) {
            diagnostics.error(f.valueAt(key), "email-address-invalid", key, text.get());
        }
        return text.orElse("");
    }

    private static List<String> addresses(Fields f, String key, Diagnostics diagnostics) {
        List<String> result = new ArrayList<>();
        f.optionalList(key).ifPresent(items -> {
            for (Node item : items) {
                if (item instanceof Node.ScalarNode s && s.value() instanceof String text && valid(text)) {
                    result.add(text);
                } else {
                    diagnostics.error(
                            item.at(),
                            Text.of("email-address-invalid.message.list", key),
                            Text.of("email-address-invalid.hint.list", key));
                }
            }
        });
        return result;
    }

    /** One address as the mail command will read it ({@link Addressing#parse}). */
    private static boolean valid(String text) {
        return Addressing.parse(text).isPresent();
    }
}
