package dk.flis.driftsstatus.mail;

import dk.flis.driftsstatus.model.SmtpSecurity;
import java.util.Objects;

/** Where to send: host, port, how the connection is protected, and the login ({@code user} "" for none). */
public record SmtpServer(String host, int port, SmtpSecurity security, String user, String password) {
    public SmtpServer {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        user = Objects.requireNonNullElse(user, "");
        password = Objects.requireNonNullElse(password, "");
    }

    /** "host:port", for messages. */
    public String address() {
        return host + ":" + port;
    }

    @Override
    public String toString() {
        // Never print the password, e.g. in a --verbose trace.
        return "SmtpServer[" + address() + ", " + security.label() + ", user=" + user + "]";
    }
}
