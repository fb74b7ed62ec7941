package dk.flis.driftsstatus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mail --eml}: the written message, parsed back as a mail program reads it. */
class MailEmlTest {
    private static final String MAIL = """
            { "from": "FLIS Drift – Søren Ærø <drift@flis.dk>", "to": ["Åse Øster <aase@kommune.dk>"],
              "bcc": ["skjult@kommune.dk"], "replyTo": "Støtte <support@flis.dk>" }""";

    @TempDir
    Path dir;

    @Test
    void writesAMessageWithDecodedDanishHeadersTheReportDateAndNoBcc() throws Exception {
        FixtureSite site = MailFixture.history(dir, MAIL);
        FixtureSite.Run run = site.run("mail", "--eml", "oktober.eml");
        assertEquals(0, run.exitCode(), run.err());

        MimeMessage message = MailFixture.parse(site.path("oktober.eml"));
        assertEquals("FLIS driftsstatus – Oversigt pr. 10/10", message.getSubject());
        assertTrue(message.getHeader("Subject", null).startsWith("=?UTF-8?"), "RFC 2047 encoded");
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertEquals("FLIS Drift – Søren Ærø", from.getPersonal());
        assertEquals("drift@flis.dk", from.getAddress());
        InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
        assertEquals("Åse Øster", to.getPersonal());
        assertEquals("support@flis.dk", ((InternetAddress) message.getReplyTo()[0]).getAddress());
        // Blind copies go out over SMTP only; a saved or forwarded file must not reveal them.
        assertNull(message.getHeader("Bcc"));
        assertEquals("Fri, 10 Oct 2025 08:00:00 +0200", message.getHeader("Date", null));
        assertTrue(message.getMessageID().matches("<driftsstatus\\.[0-9a-f]{20}@flis\\.dk>"), message.getMessageID());
    }

    @Test
    void carriesBothBodiesWithTheChangeSummaryAndThePublishedPdf() throws Exception {
        FixtureSite site = MailFixture.history(dir, MAIL);
        assertEquals(0, site.run("mail", "2025-10", "--eml", "oktober.eml").exitCode());

        MimeMessage message = MailFixture.parse(site.path("oktober.eml"));
        assertTrue(message.isMimeType("multipart/mixed"));
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        assertEquals(2, mixed.getCount());
        BodyPart bodies = mixed.getBodyPart(0);
        assertTrue(bodies.isMimeType("multipart/alternative"));
        MimeMultipart alternative = (MimeMultipart) bodies.getContent();
        assertEquals("text/plain; charset=UTF-8", alternative.getBodyPart(0).getContentType());
        assertEquals("text/html; charset=UTF-8", alternative.getBodyPart(1).getContentType());

        String plain = plainText(message);
        assertTrue(plain.contains("Ændringer siden 10/9:"), plain);
        assertTrue(plain.contains("- Aula: Normal drift → Delvis drift, ny note."), plain);
        assertTrue(plain.contains("- KRL Personale: data nu kun 1 måned forsinket (normalt t.o.m. Juni)."), plain);
        assertTrue(plain.contains("* Økonomi – Delvis drift, siden juli 2025"), plain);
        assertTrue(plain.contains("* DFDG – Lukket, siden september 2025"), plain);
        assertTrue(plain.contains(MailFixture.BASE_URL + "rapporter/2025-10.html"), plain);

        String html = (String) alternative.getBodyPart(1).getContent();
        assertTrue(html.contains("<strong>Aula:</strong> Normal drift → Delvis drift, ny note"), html);
        assertTrue(html.contains("href=\"" + MailFixture.BASE_URL + "rapporter/2025-10.html\""), html);
        assertFalse(html.contains("<link") || html.contains("<img") || html.contains("<style"), "inline styles only");

        BodyPart pdf = mixed.getBodyPart(1);
        assertTrue(pdf.isMimeType("application/pdf"));
        assertEquals(Part.ATTACHMENT, pdf.getDisposition());
        assertEquals("driftsstatus-2025-10.pdf", pdf.getFileName());
        assertArrayEquals(
                Files.readAllBytes(site.path("site/pdf/driftsstatus-2025-10.pdf")),
                pdf.getInputStream().readAllBytes(),
                "the attachment is the published PDF");
    }

    @Test
    void bothBodiesCarryTheOverviewAndEveryOpenAreasWholeNote() throws Exception {
        FixtureSite site = MailFixture.history(dir, MAIL);
        assertEquals(0, site.run("mail", "--eml", "oktober.eml").exitCode());
        MimeMessage message = MailFixture.parse(site.path("oktober.eml"));
        String plain = plainText(message);
        String html = html(message);
        assertTrue(
                plain.contains(
                        "Overblik: 1 af 5 dataområder kører efter planen.\n\n4 dataområder kræver opmærksomhed:"),
                plain);
        assertTrue(html.contains(">Overblik</h2>") && html.contains("1 af 5 dataområder kører efter planen."), html);
        // Every area that needs attention, worst first, with its whole note in both bodies.
        List<String> notes = List.of(
                "DFDG",
                "Lukket igen pga. nye snitflader.",
                "KRL Personale",
                "Overenskomstarbejde forsinker data.",
                "Økonomi",
                "Fejl i data fra to kommuner.",
                "Aula",
                "Fraværsdata mangler for én kommune.");
        assertInOrder(plain, notes);
        assertInOrder(html, notes);
        assertTrue(
                plain.contains("* KRL Personale – Forsinket, siden august 2025\n  Data t.o.m. Maj – 1 måned forsinket "
                        + "(normalt Juni)\n  Overenskomstarbejde forsinker data."),
                plain);
        assertTrue(html.contains("<p>Lukket igen pga. nye snitflader.</p>"), "the note's HTML: " + html);
        assertTrue(
                html.contains("href=\"" + MailFixture.BASE_URL + "rapporter/2025-10.html#omraade-dfdg\""),
                "each area links to its row: " + html);
    }

    @Test
    void aMarkdownNoteIsRenderedInHtmlAndReadableAsPlainText() throws Exception {
        FixtureSite site = MailFixture.history(dir, MAIL);
        Files.writeString(site.path("content/reports/2025-10.md"), RICH_NOTE, java.nio.file.StandardOpenOption.APPEND);
        assertEquals(0, site.run("mail", "--eml", "oktober.eml").exitCode());
        MimeMessage message = MailFixture.parse(site.path("oktober.eml"));
        String plain = plainText(message);
        assertTrue(
                plain.contains("  Lukket igen pga. nye snitflader.\n\n  Se driftsinfo ("
                        + MailFixture.BASE_URL + "sider/om.html) og FLIS (https://flis.dk). Berørte kommuner:\n\n"
                        + "  - København\n  - Aarhus, se\n    linjen herunder\n"),
                plain);
        String html = html(message);
        assertTrue(html.contains("<li><strong>København</strong></li>"), html);
        assertTrue(
                html.contains("<a href=\"" + MailFixture.BASE_URL + "sider/om.html\">driftsinfo</a>"),
                "a link to the site, made absolute: " + html);
        assertTrue(html.contains("<a href=\"https://flis.dk\" rel=\"noopener noreferrer\">FLIS</a>"), html);

        FixtureSite bare = FixtureSite.of("history", dir.resolve("bare"));
        Files.writeString(bare.path("content/reports/2025-10.md"), RICH_NOTE, java.nio.file.StandardOpenOption.APPEND);
        assertEquals(
                0,
                bare.run("mail", "--eml", "bare.eml", "--from", "drift@flis.dk").exitCode());
        String bareHtml = html(MailFixture.parse(bare.path("bare.eml")));
        assertTrue(
                bareHtml.contains("Se driftsinfo og"),
                "without baseUrl a link to the site is only its text: " + bareHtml);
        assertFalse(bareHtml.contains("sider/om.html"), bareHtml);
    }

    /** Added to the October report's DFDG note: a link to the site, one to the web, a list, a line break. */
    private static final String RICH_NOTE =
            "\nSe [driftsinfo](../sider/om.html) og [FLIS](https://flis.dk). Berørte kommuner:\n\n"
                    + "- **København**\n- Aarhus, se  \n  linjen herunder\n";

    @Test
    void greetingSignOffAndContactFromSiteJsonFrameBothBodies() throws Exception {
        FixtureSite site = MailFixture.history(dir, """
                { "from": "FLIS Drift <drift@flis.dk>", "greeting": "Kære alle",
                  "signOff": "Venlig hilsen\\nFLIS Drift", "contact": "Spørgsmål? Skriv til drift@flis.dk" }""");
        assertEquals(0, site.run("mail", "--eml", "oktober.eml").exitCode());
        MimeMessage message = MailFixture.parse(site.path("oktober.eml"));
        String plain = plainText(message).replace("\r\n", "\n");
        assertTrue(plain.startsWith("Kære alle\n\nFLIS driftsstatus – Oversigt pr. 10/10\n"), plain);
        assertTrue(
                plain.endsWith(
                        "(driftsstatus-2025-10.pdf).\n\nVenlig hilsen\nFLIS Drift\n\nSpørgsmål? Skriv til drift@flis.dk\n"),
                plain);
        String html = html(message);
        assertInOrder(
                html,
                List.of(
                        "<p style=\"margin:0 0 12px 0;\">Kære alle</p>",
                        "<h1",
                        "Venlig hilsen<br>FLIS Drift",
                        "Spørgsmål? Skriv til drift@flis.dk"));

        FixtureSite plainSite = MailFixture.history(dir.resolve("plain"), MAIL);
        assertEquals(0, plainSite.run("mail", "--eml", "x.eml").exitCode());
        String without = plainText(MailFixture.parse(plainSite.path("x.eml"))).replace("\r\n", "\n");
        assertTrue(without.startsWith("FLIS driftsstatus – Oversigt pr. 10/10\n"), without);
        assertTrue(without.endsWith("(driftsstatus-2025-10.pdf).\n"), without);
    }

    private static void assertInOrder(String text, List<String> parts) {
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            assertTrue(found >= 0, "\"" + part + "\" after position " + at + " in:\n" + text);
            at = found + part.length();
        }
    }

    @Test
    void mailsAnEarlierMonthWithItsOwnChangesAndNoLinkWithoutBaseUrl() throws Exception {
        FixtureSite site = FixtureSite.of("history", dir);
        assertEquals(
                0,
                site.run("mail", "2025-08", "--eml", "aug.eml", "--from", "drift@flis.dk")
                        .exitCode());

        MimeMessage message = MailFixture.parse(site.path("aug.eml"));
        assertEquals("Sun, 10 Aug 2025 08:00:00 +0200", message.getHeader("Date", null));
        String plain = plainText(message);
        assertTrue(plain.contains("Ændringer siden 10/7:"), plain);
        assertFalse(plain.contains("http"), "no baseUrl, no link: " + plain);
        assertEquals(
                "driftsstatus-2025-08.pdf",
                ((MimeMultipart) message.getContent()).getBodyPart(1).getFileName());
    }

    @Test
    void writesTheRealOctoberReportWithTheSlideTitleAsSubject() throws Exception {
        FixtureSite site = FixtureSite.realContent(dir);
        FixtureSite.Run run = site.run("mail", "--eml", "real.eml", "--from", "FLIS <drift@flis.dk>", "--to", "a@b.dk");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "FLIS driftsstatus – Oversigt pr. 10/10",
                MailFixture.parse(site.path("real.eml")).getSubject());
    }

    @Test
    void writesTheSameBytesEveryTime() throws Exception {
        FixtureSite site = MailFixture.history(dir, MAIL);
        assertEquals(0, site.run("mail", "--eml", "a.eml").exitCode());
        assertEquals(0, site.run("mail", "--eml", "b.eml").exitCode());
        assertArrayEquals(Files.readAllBytes(site.path("a.eml")), Files.readAllBytes(site.path("b.eml")));
    }

    @Test
    void optionsOverrideSiteJson() throws Exception {
        FixtureSite site = MailFixture.history(dir, MAIL);
        assertEquals(
                0,
                site.run("mail", "--eml", "o.eml", "--from", "Other <o@x.dk>", "--to", "t@x.dk")
                        .exitCode());
        MimeMessage message = MailFixture.parse(site.path("o.eml"));
        assertEquals("o@x.dk", ((InternetAddress) message.getFrom()[0]).getAddress());
        assertEquals("t@x.dk", ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress());
    }

    @Test
    void writesAndPublishesNothingWhenTheContentHasErrors() throws IOException {
        FixtureSite site = MailFixture.history(dir, MAIL);
        Path report = site.path("content/reports/2025-10.md");
        Files.writeString(report, Files.readString(report).replaceFirst("status: partial", "status: parital"));
        FixtureSite.Run run = site.run("mail", "--eml", "x.eml");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("Ukendt status »parital«."), run.err());
        assertTrue(run.err().contains("Intet er udgivet, skrevet eller sendt."), run.err());
        assertFalse(Files.exists(site.path("x.eml")));
        assertFalse(Files.exists(site.path("site")));
    }

    @Test
    void reportsAMissingSenderAgainstSiteJson() {
        FixtureSite site = FixtureSite.of("history", dir);
        FixtureSite.Run run = site.run("mail", "--eml", "x.eml");
        assertEquals(1, run.exitCode());
        assertEquals(
                "content/site.json: fejl: Mailen har ingen afsender.",
                run.headlines().get(0));
        assertTrue(run.err().contains("--from ADRESSE"), run.err());
    }

    @Test
    void rejectsUnknownKeysAndPasswordsInTheMailSettings() {
        FixtureSite site = MailFixture.history(dir, "{ \"form\": \"a@b.dk\", \"smtp\": { \"password\": \"x\" } }");
        FixtureSite.Run run = site.run("mail", "--dry-run");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("Ukendt indstilling »form« under »mail« i site.json."), run.err());
        assertTrue(run.err().contains("En adgangskode hører ikke hjemme i site.json."), run.err());
    }

    @Test
    void dryRunPrintsHeadersAndSummaryAndTouchesNothing() {
        FixtureSite site = MailFixture.history(dir, MAIL);
        FixtureSite.Run run = site.run("mail", "--dry-run", "--send");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Fra:        \"FLIS Drift – Søren Ærø\" <drift@flis.dk>"), run.out());
        assertTrue(run.out().contains("Bcc:        skjult@kommune.dk"), run.out());
        assertTrue(run.out().contains("Emne:       FLIS driftsstatus – Oversigt pr. 10/10"), run.out());
        assertTrue(run.out().contains("Vedhæftet:  driftsstatus-2025-10.pdf (PDF, "), run.out());
        assertTrue(run.out().contains("- Aula: Normal drift → Delvis drift, ny note."), run.out());
        assertFalse(Files.exists(site.path("site")));
    }

    @Test
    void asksWhatToDoWithoutEmlSendOrDryRun() {
        FixtureSite.Run run = MailFixture.history(dir, MAIL).run("mail");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Skriv, hvad der skal ske med mailen: --dry-run (vis den)"), run.err());
    }

    private static String plainText(MimeMessage message) throws Exception {
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        return ((String) alternative.getBodyPart(0).getContent()).replace("\r\n", "\n"); // MIME text travels as CRLF
    }

    private static String html(MimeMessage message) throws Exception {
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        return (String) alternative.getBodyPart(1).getContent();
    }
}
