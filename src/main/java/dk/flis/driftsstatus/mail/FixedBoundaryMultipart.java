package dk.flis.driftsstatus.mail;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParseException;

/**
 * A multipart whose boundary is given instead of random, so the same message is the same bytes.
 * Boundaries start with "=_", which neither base64 nor quoted-printable bodies can contain.
 */
final class FixedBoundaryMultipart extends MimeMultipart {
    FixedBoundaryMultipart(String subtype, String boundary) {
        super(subtype);
        try {
            ContentType type = new ContentType(contentType);
            type.setParameter("boundary", boundary);
            contentType = type.toString();
        } catch (ParseException e) {
            throw new IllegalStateException("Jakarta Mail made an unparsable content type: " + contentType, e);
        }
    }
}
