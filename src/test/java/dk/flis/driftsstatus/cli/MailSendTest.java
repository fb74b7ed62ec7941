package dk.flis.driftsstatus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.flis.driftsstatus.FixtureSite;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code mail --send} against a real SMTP server (GreenMail) started for each test. */
class MailSendTest {
    private static final String MAIL = """
            { "from": "FLIS Drift <drift@flis.dk>", "to": ["Åse Øster <aase@kommune.dk>"],
              "bcc": ["skjult@kommune.dk"] }""";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("drift", "hemmelig"));

    @TempDir
    Path dir;

    @BeforeEach
    void octoberReportIsThisMonths() {
        // mail --send without a month sends only this month's or last month's report.
        MailCommand.clock =
                java.time.Clock.fixed(java.time.Instant.parse("2025-10-10T08:00:00Z"), java.time.ZoneOffset.UTC);
    }

    @AfterEach
    void restoreEnvironment() {
        MailCommand.environment = System::getenv;
        MailCommand.clock = java.time.Clock.systemUTC();
    }

    @Test
    void aSentMessageIsDatedWhenItIsSentWhileTheWrittenFileKeepsTheReportDay() throws Exception {
        // Sent four days after the report, in the afternoon: mail programs sort by this Date.
        MailCommand.clock =
                java.time.Clock.fixed(java.time.Instant.parse("2025-10-14T13:05:09Z"), java.time.ZoneOffset.UTC);
        FixtureSite site = MailFixture.history(dir, MAIL);
        FixtureSite.Run run = site.run(sendArgs("--eml", "sendt.eml"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "Tue, 14 Oct 2025 15:05:09 +0200",
                SMTP.getReceivedMessages()[0].getHeader("Date", null),
                "the moment of sending, in Copenhagen time");
        assertEquals(
                "Fri, 10 Oct 2025 08:00:00 +0200",
                MailFixture.parse(site.path("sendt.eml")).getHeader("Date", null),
                "the written file stays reproducible");
    }

    @Test
    void sendsToEveryRecipientWithoutLoggingIn() throws Exception {
        FixtureSite site = MailFixture.history(dir, MAIL);
        FixtureSite.Run run = site.run(sendArgs());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Sendte »FLIS driftsstatus – Oversigt pr. 10/10« til 2 modtagere"), run.out());

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(2, received.length, "one copy for To, one for Bcc");
        MimeMessage message = received[0];
        assertEquals("FLIS driftsstatus – Oversigt pr. 10/10", message.getSubject());
        assertEquals("Åse Øster", ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getPersonal());
        assertEquals(null, message.getHeader("Bcc"), "SMTP strips Bcc from what arrives");
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        assertEquals("driftsstatus-2025-10.pdf", mixed.getBodyPart(1).getFileName());
        assertArrayEquals(
                Files.readAllBytes(site.path("site/pdf/driftsstatus-2025-10.pdf")),
                mixed.getBodyPart(1).getInputStream().readAllBytes());
    }

    @Test
    void logsInWithThePasswordFromTheEnvironment() throws Exception {
        MailCommand.environment = Map.of(MailCommand.PASSWORD_VARIABLE, "hemmelig")::get;
        FixtureSite site = MailFixture.history(dir, MAIL);
        FixtureSite.Run run = site.run(sendArgs(
                "--smtp-user",
                "drift",
                "--to",
                "modtager@kommune.dk",
                "--bcc",
                "arkiv@kommune.dk",
                "--eml",
                "sendt.eml"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, SMTP.getReceivedMessages().length);
        MimeMessage arrived = SMTP.getReceivedMessages()[0];
        assertEquals(
                "modtager@kommune.dk",
                ((InternetAddress) arrived.getRecipients(Message.RecipientType.TO)[0]).getAddress());
        assertEquals(
                arrived.getMessageID(),
                MailFixture.parse(site.path("sendt.eml")).getMessageID(),
                "what is sent is what was written");
    }

    @Test
    void aWrongPasswordIsOneLineAndExitOne() {
        MailCommand.environment = Map.of(MailCommand.PASSWORD_VARIABLE, "forkert")::get;
        FixtureSite.Run run = MailFixture.history(dir, MAIL).run(sendArgs("--smtp-user", "drift"));
        assertEquals(1, run.exitCode());
        assertEquals(3, run.err().lines().count(), "the problem, a hint and the count: " + run.err());
        assertTrue(
                run.err()
                        .startsWith("driftsstatus: fejl: Mailserveren 127.0.0.1:"
                                + SMTP.getSmtp().getPort() + " afviste brugeren »drift«."),
                run.err());
        assertTrue(run.err().contains("Intet er sendt."), run.err());
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void anUnreachableServerIsOneLineAndExitOne() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        FixtureSite.Run run = MailFixture.history(dir, MAIL)
                .run(
                        "mail",
                        "--send",
                        "--smtp-host",
                        "127.0.0.1",
                        "--smtp-port",
                        Integer.toString(closedPort),
                        "--smtp-security",
                        "none");
        assertEquals(1, run.exitCode());
        assertEquals(3, run.err().lines().count(), "the problem, a hint and the count: " + run.err());
        assertTrue(
                run.err()
                        .startsWith("driftsstatus: fejl: Der er ingen forbindelse til mailserveren 127.0.0.1:"
                                + closedPort + " (none)."),
                run.err());
    }

    @Test
    void implicitTlsAgainstAPlainServerIsOneLineAndExitOne() {
        FixtureSite.Run run = MailFixture.history(dir, MAIL)
                .run(
                        "mail",
                        "--send",
                        "--smtp-host",
                        "127.0.0.1",
                        "--smtp-port",
                        Integer.toString(SMTP.getSmtp().getPort()),
                        "--smtp-security",
                        "tls");
        assertEquals(1, run.exitCode());
        assertEquals(3, run.err().lines().count(), "the problem, a hint and the count: " + run.err());
        assertTrue(
                run.err()
                        .startsWith("driftsstatus: fejl: Den krypterede forbindelse (TLS) til mailserveren 127.0.0.1:"
                                + SMTP.getSmtp().getPort() + " (tls) mislykkedes."),
                run.err());
        assertTrue(run.err().contains("Intet er sendt."), run.err());
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void starttlsIsNeverSkippedWhenTheServerCannotDoItSecurely() {
        FixtureSite.Run run = MailFixture.history(dir, MAIL)
                .run(
                        "mail",
                        "--send",
                        "--smtp-host",
                        "127.0.0.1",
                        "--smtp-port",
                        Integer.toString(SMTP.getSmtp().getPort()),
                        "--smtp-security",
                        "starttls");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(3, run.err().lines().count(), "the problem, a hint and the count: " + run.err());
        assertTrue(run.err().startsWith("driftsstatus: fejl: ") && run.err().contains("Intet er sendt."), run.err());
        assertEquals(0, SMTP.getReceivedMessages().length, "nothing goes out unencrypted");
    }

    @Test
    void aUserWithoutThePasswordVariableIsReportedBeforeAnythingIsPublished() {
        MailCommand.environment = name -> null;
        FixtureSite site = MailFixture.history(dir, MAIL);
        FixtureSite.Run run = site.run(sendArgs("--smtp-user", "drift"));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("Sæt miljøvariablen DRIFTSSTATUS_SMTP_PASSWORD"), run.err());
        assertFalse(Files.exists(site.path("site")));
    }

    @Test
    void sendingWithoutAServerNamesWhereToSetIt() {
        FixtureSite.Run run = MailFixture.history(dir, MAIL).run("mail", "--send");
        assertEquals(1, run.exitCode());
        assertEquals(
                "content/site.json: fejl: »--send« kræver en mailserver (SMTP).",
                run.headlines().get(0));
    }

    private static String[] sendArgs(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "mail",
                "--send",
                "--smtp-host",
                "127.0.0.1",
                "--smtp-port",
                Integer.toString(SMTP.getSmtp().getPort()),
                "--smtp-security",
                "none"));
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }
}
