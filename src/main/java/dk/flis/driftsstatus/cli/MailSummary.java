package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.mail.Addressing;
import dk.flis.driftsstatus.mail.MonthlyMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** What {@code mail --dry-run} prints: the headers as a person reads them, the attachment, and the plain-text body. */
final class MailSummary {
    private final PrintWriter out;

    MailSummary(PrintWriter out) {
        this.out = out;
    }

    void print(MimeMessage message, Addressing addressing, MonthlyMessage.Parts parts) throws MessagingException {
        out.println("From:       " + addressing.from().toUnicodeString());
        out.println("To:         " + list(addressing.to()));
        out.println("Bcc:        " + list(addressing.bcc()));
        if (addressing.replyTo() != null) {
            out.println("Reply-To:   " + addressing.replyTo().toUnicodeString());
        }
        out.println("Subject:    " + message.getSubject());
        out.println("Date:       " + message.getHeader("Date", null));
        out.println("Message-ID: " + message.getMessageID());
        out.println("Attachment: " + parts.pdfFileName() + " (application/pdf, " + parts.pdf().length + " bytes)");
        out.println();
        out.print(parts.plainText());
        if (!parts.plainText().endsWith("\n")) {
            out.println();
        }
    }

    private static String list(List<InternetAddress> addresses) {
        return addresses.isEmpty()
                ? "(none)"
                : addresses.stream().map(InternetAddress::toUnicodeString).collect(Collectors.joining(", "));
    }
}
