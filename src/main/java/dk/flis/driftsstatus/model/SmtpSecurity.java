package dk.flis.driftsstatus.model;

import java.util.Locale;
import java.util.Optional;

/** How the connection to the SMTP server is protected, and the port each way usually listens on. */
public enum SmtpSecurity {
    /** Plain connection upgraded with STARTTLS before logging in; the upgrade is required, never skipped. */
    STARTTLS(587),
    /** TLS from the first byte ("SMTPS"). */
    TLS(465),
    /** No encryption: only for a relay inside the organisation's network, or tests. */
    NONE(25);

    private final int defaultPort;

    SmtpSecurity(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** The port this kind of connection usually listens on. */
    public int defaultPort() {
        return defaultPort;
    }

    /** The name as written in site.json and on the command line: starttls, tls, none. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The security named {@code text} (starttls, tls, none), if any. */
    public static Optional<SmtpSecurity> parse(String text) {
        for (SmtpSecurity s : values()) {
            if (s.label().equals(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
