package dk.flis.driftsstatus.model;

import java.util.List;
import java.util.Objects;

/**
 * The optional {@code mail} object of {@code site.json}: the subject template and who the monthly
 * email is from and to, and the SMTP server it goes through; the optional words around the report
 * ({@code greeting} on top, {@code signOff} at the end, lines apart by "\n", and a {@code contact}
 * line under it). Unset texts are "", an unset port 0 (the security's usual port). Addresses are as
 * written ("Navn <adresse>"), already checked.
 */
public record MailSettings(
        String subject,
        String from,
        List<String> to,
        List<String> bcc,
        String replyTo,
        String smtpHost,
        int smtpPort,
        SmtpSecurity smtpSecurity,
        String smtpUser,
        String greeting,
        String signOff,
        String contact) {

    /** "FLIS driftsstatus – Oversigt pr. 10/10" with the real site title. */
    public static final String DEFAULT_SUBJECT = "{titel} – Oversigt pr. {dato}";

    /** The placeholders a subject may use. */
    public static final List<String> SUBJECT_PLACEHOLDERS = List.of("{titel}", "{dato}", "{måned}");

    /** No mail object in site.json: everything comes from the command line. */
    public static final MailSettings NONE = new MailSettings(
            DEFAULT_SUBJECT, "", List.of(), List.of(), "", "", 0, SmtpSecurity.STARTTLS, "", "", "", "");

    public MailSettings {
        subject = subject == null || subject.isBlank() ? DEFAULT_SUBJECT : subject;
        from = Objects.requireNonNullElse(from, "");
        to = List.copyOf(to);
        bcc = List.copyOf(bcc);
        replyTo = Objects.requireNonNullElse(replyTo, "");
        smtpHost = Objects.requireNonNullElse(smtpHost, "");
        smtpSecurity = Objects.requireNonNullElse(smtpSecurity, SmtpSecurity.STARTTLS);
        smtpUser = Objects.requireNonNullElse(smtpUser, "");
        greeting = Objects.requireNonNullElse(greeting, "").strip();
        signOff = Objects.requireNonNullElse(signOff, "").strip();
        contact = Objects.requireNonNullElse(contact, "").strip();
        if (smtpPort < 0 || smtpPort > 65535) {
            throw new IllegalArgumentException("smtp port out of range: " + smtpPort);
        }
    }
}
