package dk.flis.driftsstatus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Settings are checked like content: every address in site.json is a web address, and no text of
 * any content file holds a control character (other than tab and line breaks), each an error at its
 * line and column. Link targets that browsers read as another host are treated as external.
 */
class SettingsAndTextsTest {
    @TempDir
    Path temp;

    private FixtureSite site;

    private void replace(String file, String from, String to) throws IOException {
        Path path = site.path(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                "data:text/html,x",
                "vbscript:x",
                "//evil.example/",
                "ftp://example.dk/",
                "www.was.digst.dk",
                "https://"
            })
    void anAccessibilityStatementUrlThatIsNoWebAddressIsAnErrorAtItsValue(String url) throws IOException {
        site = FixtureSite.of("small", temp);
        replace(
                "content/site.json",
                "\"accessibilityStatementUrl\": \"https://www.was.digst.dk/\"",
                "\"accessibilityStatementUrl\": \"" + url + "\"");

        FixtureSite.Run run = site.run("check");

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(
                run.headlines().get(0).startsWith("content/site.json:7:32: fejl: »accessibilityStatementUrl«"),
                run.err());
    }

    @Test
    void aBaseUrlThatIsNoWebAddressIsAnErrorAtItsValue() throws IOException {
        site = FixtureSite.of("small", temp);
        replace("content/site.json", "\"baseUrl\": \"\"", "\"baseUrl\": \"javascript:alert(1)//\"");

        FixtureSite.Run run = site.run("check");

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.headlines().get(0).startsWith("content/site.json:6:14: fejl: »baseUrl«"), run.err());
    }

    @Test
    void aControlCharacterInSiteJsonIsAnErrorAtItsPosition() throws IOException {
        site = FixtureSite.of("small", temp);
        replace("content/site.json", "\"title\": \"FLIS driftsstatus\"", "\"title\": \"FLIS\u0001driftsstatus\"");

        FixtureSite.Run run = site.run("build", "--no-pdf");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(
                List.of("content/site.json:3:17: fejl: Her står et usynligt styretegn (U+0001)."), run.headlines());
    }

    @Test
    void anEscapedControlCharacterInJsonIsAnErrorAtItsText() throws IOException {
        site = FixtureSite.of("small", temp);
        replace("content/site.json", "\"title\": \"FLIS driftsstatus\"", "\"title\": \"FLIS\\u0007driftsstatus\"");

        FixtureSite.Run run = site.run("build", "--no-pdf");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(
                List.of("content/site.json:3:12: fejl: Her står et usynligt styretegn (U+0007)."), run.headlines());
    }

    @Test
    void controlCharactersInFrontMatterAndNotesAreErrorsAtTheirPositions() throws IOException {
        site = FixtureSite.of("small", temp);
        replace("content/reports/2025-10.md", "Fejl i data fra **én** kommune.", "Fejl i\u0001 data.");
        replace("content/reports/2025-09.md", "date: 2025-09-10", "date: \"2025-09-10\\x1b\"");
        replace("content/pages/om.md", "---\n\n", "---\n\nSe &#1; og &#x1B;.\n\n");

        FixtureSite.Run run = site.run("check");

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(
                run.headlines()
                        .contains("content/reports/2025-10.md:13:7: fejl: Her står et usynligt styretegn (U+0001)."),
                run.err());
        assertTrue(
                run.headlines().stream()
                        .anyMatch(h -> h.startsWith("content/reports/2025-09.md:2:7: fejl: ") && h.contains("U+001B")),
                run.err());
        assertTrue(
                run.headlines().stream().anyMatch(h -> h.startsWith("content/pages/om.md:") && h.contains("U+0001")),
                run.err());
    }

    @Test
    void tabsAndLineBreaksOfEveryKindStayAllowed() throws IOException {
        site = FixtureSite.of("small", temp);
        replace("content/reports/2025-10.md", "Fejl i data fra **én** kommune.", "Fejl\ti data\r\nfra én kommune.");

        assertEquals(0, site.run("check").exitCode());
    }

    @Test
    void linkTargetsThatBrowsersReadAsAnotherHostGetNoopener() throws IOException {
        site = FixtureSite.of("small", temp);
        replace(
                "content/reports/2025-10.md",
                "Fejl i data fra **én** kommune.",
                "Se [a](/\\evil.example) og [b](<\\\\\\\\evil.example>) og [c](https:\\\\evil.example).");

        FixtureSite.Run run = site.run("build", "--no-pdf");

        assertEquals(0, run.exitCode(), run.err());
        List<Element> links = Jsoup.parse(Files.readString(site.path("site/rapporter/2025-10.html")))
                .select("a[href*=evil.example]");
        assertEquals(3, links.size(), links.toString());
        for (Element link : links) {
            assertEquals("noopener noreferrer", link.attr("rel"), link.outerHtml());
        }
    }
}
