package dk.flis.driftsstatus.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A message whose Message-ID is given (derived from its content) instead of made from the clock. */
final class ReproducibleMimeMessage extends MimeMessage {
    private final String messageId;

    ReproducibleMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
