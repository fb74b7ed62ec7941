package dk.flis.driftsstatus.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Who a message is from and to. {@code replyTo} may be null; {@code to} and {@code bcc} may be empty. */
public record Addressing(
        InternetAddress from, List<InternetAddress> to, List<InternetAddress> bcc, InternetAddress replyTo) {

    public Addressing {
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        bcc = List.copyOf(bcc);
    }

    /** Everyone the message is delivered to: To, then Bcc. */
    public List<InternetAddress> recipients() {
        List<InternetAddress> all = new ArrayList<>(to);
        all.addAll(bcc);
        return all;
    }

    /**
     * One address as written ("Navn <adresse@example.dk>"), strictly parsed; the name is re-encoded
     * so that Danish letters go out RFC 2047-encoded rather than as raw bytes. Empty when invalid.
     */
    public static Optional<InternetAddress> parse(String text) {
        try {
            InternetAddress parsed = new InternetAddress(text.strip(), true);
            if (!parsed.getAddress().contains("@")) {
                return Optional.empty();
            }
            return Optional.of(
                    parsed.getPersonal() == null
                            ? new InternetAddress(parsed.getAddress())
                            : new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8"));
        } catch (AddressException | UnsupportedEncodingException e) {
            return Optional.empty();
        }
    }
}
