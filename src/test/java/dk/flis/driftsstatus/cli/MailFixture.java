package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.FixtureSite;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The 14-month history fixture with a base URL and a {@code mail} object written into its site.json. */
final class MailFixture {
    static final String BASE_URL = "https://intranet.example.dk/driftsstatus/";

    private MailFixture() {}

    /** The history site, its site.json given {@code mailJson} (a JSON object) and a base URL. */
    static FixtureSite history(Path dir, String mailJson) {
        FixtureSite site = FixtureSite.of("history", dir);
        Path siteJson = site.path("content/site.json");
        try {
            String text = Files.readString(siteJson, StandardCharsets.UTF_8)
                    .replace("\"baseUrl\": \"\"", "\"baseUrl\": \"" + BASE_URL + "\"");
            if (mailJson != null) {
                text = text.replace("\"baseUrl\":", "\"mail\": " + mailJson + ",\n  \"baseUrl\":");
            }
            Files.writeString(siteJson, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    /** Parses an .eml file the way a mail program would. */
    static MimeMessage parse(Path eml) {
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            message.getContent();
            return message;
        } catch (Exception e) {
            throw new AssertionError("cannot parse " + eml, e);
        }
    }
}
