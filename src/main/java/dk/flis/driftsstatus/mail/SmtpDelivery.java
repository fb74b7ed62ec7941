package dk.flis.driftsstatus.mail;

import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.model.SmtpSecurity;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Properties;
import javax.net.ssl.SSLException;

/**
 * Sends a built message over SMTP. Timeouts keep an unreachable server from hanging the command;
 * STARTTLS is required when asked for, never silently skipped; failures become one sentence.
 */
public final class SmtpDelivery {
    static final int TIMEOUT_MILLIS = 10_000;

    private SmtpDelivery() {}

    /** Sends {@code message} to its To and Bcc recipients (Bcc is stripped from what they receive). */
    public static void send(MimeMessage message, Addressing addressing, SmtpServer server) throws DeliveryFailure {
        Session session = Session.getInstance(properties(server));
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(
                    server.host(),
                    server.port(),
                    server.user().isEmpty() ? null : server.user(),
                    server.user().isEmpty() ? null : server.password());
            // The message was built in another session; the SMTP settings only matter for the transport.
            transport.sendMessage(message, addressing.recipients().toArray(new InternetAddress[0]));
        } catch (AuthenticationFailedException e) {
            throw new DeliveryFailure(e, "smtp-login-refused", server.address(), server.user(), detail(e));
        } catch (SendFailedException e) {
            throw new DeliveryFailure(e, "smtp-message-refused", server.address(), "", detail(e));
        } catch (MessagingException e) {
            throw connectionProblem(e, server);
        }
    }

    static Properties properties(SmtpServer server) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", server.host());
        p.setProperty("mail.smtp.port", Integer.toString(server.port()));
        p.setProperty("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.auth", Boolean.toString(!server.user().isEmpty()));
        if (server.security() == SmtpSecurity.STARTTLS) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        } else if (server.security() == SmtpSecurity.TLS) {
            p.setProperty("mail.smtp.ssl.enable", "true");
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return p;
    }

    private static DeliveryFailure connectionProblem(MessagingException e, SmtpServer server) {
        Throwable cause = rootCause(e);
        String where = server.address();
        String security = server.security().label();
        if (cause instanceof UnknownHostException) {
            return new DeliveryFailure(e, "smtp-unknown-host", server.host());
        }
        if (cause instanceof ConnectException) {
            return new DeliveryFailure(e, "smtp-connect-failed", where, security, String.valueOf(cause.getMessage()));
        }
        if (cause instanceof SocketTimeoutException) {
            return new DeliveryFailure(e, "smtp-timeout", where, security, TIMEOUT_MILLIS / 1000);
        }
        if (cause instanceof SSLException) {
            return new DeliveryFailure(e, "smtp-tls-failed", where, security, String.valueOf(cause.getMessage()));
        }
        return new DeliveryFailure(e, "smtp-failed", where, security, detail(e));
    }

    private static String detail(MessagingException e) {
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? ""
                : ": " + message.strip().lines().findFirst().orElse("");
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** A send that did not happen, said in one sentence. */
    public static final class DeliveryFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final transient Object[] args;

        DeliveryFailure(Throwable cause, String code, Object... args) {
            super(Catalogue.of("en").format(code + ".message", args), cause);
            this.code = code;
            this.args = args.clone();
        }

        /** The failure as an error of the run, worded in the site's language when printed. */
        public Diagnostic diagnostic(SourcePosition at) {
            return Diagnostic.error(at, code, args);
        }
    }
}
