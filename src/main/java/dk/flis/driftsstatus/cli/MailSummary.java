package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.mail.Addressing;
import dk.flis.driftsstatus.mail.MonthlyMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What {@code mail --dry-run} prints: the headers as a person reads them, the attachment, and the plain-text body. */
final class MailSummary {
    private final PrintWriter out;
    private final Catalogue words;

    MailSummary(PrintWriter out, Catalogue words) {
        this.out = out;
        this.words = words;
    }

    void print(MimeMessage message, Addressing addressing, MonthlyMessage.Parts parts) throws MessagingException {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("from", addressing.from().toUnicodeString());
        rows.put("to", list(addressing.to()));
        rows.put("bcc", list(addressing.bcc()));
        if (addressing.replyTo() != null) {
            rows.put("reply-to", addressing.replyTo().toUnicodeString());
        }
        rows.put("subject", message.getSubject());
        rows.put("date", message.getHeader("Date", null));
        rows.put("message-id", message.getMessageID());
        rows.put(
                "attachment",
                words.format("cli.mail.summary.attachment-value", parts.pdfFileName(), parts.pdf().length));
        // Labels are padded to the longest of the language, so the values line up.
        int width = rows.keySet().stream()
                .mapToInt(k -> words.format("cli.mail.summary." + k).length())
                .max()
                .orElse(0);
        rows.forEach((key, value) -> {
            String label = words.format("cli.mail.summary." + key);
            out.println(label + " ".repeat(width - label.length() + 1) + value);
        });
        out.println();
        out.print(parts.plainText());
        if (!parts.plainText().endsWith("\n")) {
            out.println();
        }
    }

    private String list(List<InternetAddress> addresses) {
        return addresses.isEmpty()
                ? "(" + words.format("term.none") + ")"
                : addresses.stream().map(InternetAddress::toUnicodeString).collect(Collectors.joining(", "));
    }
}
