package dk.flis.driftsstatus.mail;

import dk.flis.driftsstatus.render.Sha256;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;

/**
 * Builds the monthly email: multipart/mixed [multipart/alternative [text/plain, text/html], the PDF].
 * Everything that is random by default is derived from the content instead: the boundaries, the
 * Message-ID, and the Date (the report day at 08:00 Copenhagen time), so a rebuild writes the
 * same bytes. A message that is sent gets the moment of sending as its Date ({@link #dateAsSent}).
 */
public final class MonthlyMessage {
    /** The time of day the Date header gives, in the organisation's time zone. */
    static final LocalTime SEND_TIME = LocalTime.of(8, 0);

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter RFC_5322 =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);

    private MonthlyMessage() {}

    /** The parts of one month's email, already rendered. */
    public record Parts(
            String subject, String plainText, String html, byte[] pdf, String pdfFileName, LocalDate reportDate) {}

    /** The message of {@code parts} to {@code addressing}, the same bytes for the same input. */
    public static MimeMessage build(Parts parts, Addressing addressing, Session session) throws MessagingException {
        String hash = hash(parts, addressing);
        MimeMessage message = new ReproducibleMimeMessage(session, messageId(hash, addressing.from()));
        message.setFrom(addressing.from());
        message.setRecipients(Message.RecipientType.TO, addressing.to().toArray(new InternetAddress[0]));
        message.setRecipients(Message.RecipientType.BCC, addressing.bcc().toArray(new InternetAddress[0]));
        if (addressing.replyTo() != null) {
            message.setReplyTo(new InternetAddress[] {addressing.replyTo()});
        }
        message.setSubject(parts.subject(), "UTF-8");
        message.setHeader("Date", date(parts.reportDate()));

        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(parts.plainText(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(parts.html(), "UTF-8", "html");
        // Plain text first: a mail program shows the last alternative it understands.
        FixedBoundaryMultipart alternative = new FixedBoundaryMultipart("alternative", "=_driftsstatus_alt_" + hash);
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        MimeBodyPart bodies = new MimeBodyPart();
        bodies.setContent(alternative);

        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(parts.pdf(), "application/pdf")));
        pdf.setFileName(parts.pdfFileName());
        pdf.setDisposition(Part.ATTACHMENT);

        FixedBoundaryMultipart mixed = new FixedBoundaryMultipart("mixed", "=_driftsstatus_mix_" + hash);
        mixed.addBodyPart(bodies);
        mixed.addBodyPart(pdf);
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    /**
     * Dates a message that is about to be sent with the moment of sending, in Copenhagen time: mail
     * programs sort and show it by this Date, and a report day days ago would misplace it. Only the
     * sent copy changes; a written .eml keeps the reproducible report day.
     */
    public static void dateAsSent(MimeMessage message, java.time.Instant sent) throws MessagingException {
        message.setHeader("Date", RFC_5322.format(sent.atZone(COPENHAGEN)));
    }

    /** A session for building only; sending makes its own with the server's settings. */
    public static Session offlineSession() {
        return Session.getInstance(new Properties());
    }

    /**
     * The message as an .eml file. Bcc is left out, as SMTP leaves it out of what recipients get:
     * the file may be forwarded or archived, and must not reveal the blind copies.
     */
    public static void writeEml(MimeMessage message, OutputStream out) throws IOException, MessagingException {
        message.writeTo(out, new String[] {"Bcc"});
    }

    /** The message as the bytes of an .eml file (without Bcc). */
    public static byte[] eml(MimeMessage message) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeEml(message, out);
        return out.toByteArray();
    }

    /** "Fri, 10 Oct 2025 08:00:00 +0200": the report day, whatever the machine's clock and zone. */
    static String date(LocalDate reportDate) {
        return RFC_5322.format(reportDate.atTime(SEND_TIME).atZone(COPENHAGEN));
    }

    private static String messageId(String hash, InternetAddress from) {
        String address = from.getAddress();
        return "<driftsstatus." + hash + address.substring(address.indexOf('@')) + ">";
    }

    /** 20 hex digits of SHA-256 over everything the message says and to whom. */
    private static String hash(Parts parts, Addressing addressing) {
        MessageDigest digest = Sha256.digest();
        for (String text : new String[] {
            parts.subject(),
            parts.plainText(),
            parts.html(),
            parts.pdfFileName(),
            parts.reportDate().toString(),
            addressing.toString()
        }) {
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        digest.update(parts.pdf());
        return Sha256.hex(digest).substring(0, 20);
    }
}
