package dk.flis.driftsstatus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.BrowserGates;
import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.HeadlessChromium;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.edit.AreaFields;
import dk.flis.driftsstatus.edit.DataThrough;
import dk.flis.driftsstatus.edit.ReportForm;
import dk.flis.driftsstatus.edit.ReportReader;
import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.load.ContentLoader;
import dk.flis.driftsstatus.load.LoadedContent;
import dk.flis.driftsstatus.load.ParsedReports;
import dk.flis.driftsstatus.pipeline.BuildOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SortedMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The "done when", in real Chromium and with the keyboard only after the first page: edit
 * the real October report in the form, save, and see the file and the served page follow; a
 * mistake is shown at its field and nothing is written.
 */
class EditInBrowserTest {
    private static final String REPORT = "content/reports/2025-10.md";
    private static final String AULA_NOTE = "Fraværsdata mangler for én kommune; vi forventer dem i november.";

    @TempDir
    Path temp;

    private FixtureSite site;
    private PreviewServer server;
    private ChromeDriver browser;
    private final StringWriter log = new StringWriter();

    @BeforeEach
    void start() throws IOException {
        BrowserGates.requireOrSkip(HeadlessChromium.missing(), BrowserGates.onCi());
        site = FixtureSite.realContent(temp.resolve("site"));
        BuildOptions options =
                new BuildOptions(site.path("content"), site.path("templates"), site.path("site"), site.root(), false);
        server = PreviewServer.start(options, "127.0.0.1", 0, new PrintWriter(log), EditSettings.LOCAL);
        browser = HeadlessChromium.start(Files.createDirectories(temp.resolve("profile")), 1280, 800);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void savingTheFormWritesTheCanonicalFileAndTheServedPageFollows() throws Exception {
        String original = Files.readString(site.path(REPORT), StandardCharsets.UTF_8);
        browser.get("http://127.0.0.1:" + server.port() + "/rapporter/2025-10.html");
        tabTo("a[href='/_driftsstatus/rediger/2025-10']").sendKeys(Keys.ENTER);
        waitFor(d -> d.getCurrentUrl().endsWith("/_driftsstatus/rediger/2025-10"), "the edit page opens");
        assertEquals(
                "Økonomi",
                browser.findElement(By.cssSelector("#omraade-okonomi > legend")).getText());
        assertTrue(browser.findElements(By.id("standardform")).isEmpty(), "the real October is canonical");

        tabTo("#status-okonomi").sendKeys("Normal drift");
        WebElement okonomiNote = tabTo("#note-okonomi");
        okonomiNote.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        tabTo("#status-aula").sendKeys("Delvis drift");
        tabTo("#note-aula").sendKeys(AULA_NOTE);
        waitFor(d -> d.findElement(By.id("kontrol-status")).getText().equals("Ingen fejl."), "the live check");
        waitFor(d -> d.findElement(By.id("forhaand-aula")).getText().contains("Fraværsdata"), "the live preview");
        screenshot("edit-form.png");

        tabTo("#formular button[type=submit]").sendKeys(Keys.ENTER);
        waitFor(d -> d.findElements(By.id("gemt")).isEmpty() ? null : Boolean.TRUE, "the saved box");

        String expected = without(original, "  okonomi: { status: partial }\n");
        expected = insertAfter(expected, "  skole: { status: partial }\n", "  aula: { status: partial }\n");
        int okonomi = expected.indexOf("\n## Økonomi\n");
        expected = expected.substring(0, okonomi) + expected.substring(expected.indexOf("\n## KRL Personale\n"));
        int fsiii = expected.indexOf("\n## FSIII\n");
        expected = expected.substring(0, fsiii) + "\n## Aula\n\n" + AULA_NOTE + "\n" + expected.substring(fsiii);
        assertEquals(expected, Files.readString(site.path(REPORT), StandardCharsets.UTF_8));

        FixtureSite.Run check = site.run("check");
        assertEquals(0, check.exitCode(), check.err());
        assertEquals(java.util.List.of(), check.headlines());

        ReportForm before = read(original);
        ReportForm after = read(Files.readString(site.path(REPORT), StandardCharsets.UTF_8));
        AreaFields okonomiNow = after.area("okonomi").orElseThrow();
        assertEquals("ok", okonomiNow.status());
        assertEquals("", okonomiNow.note());
        assertEquals(DataThrough.BY_RULE, okonomiNow.dataThrough());
        AreaFields aulaNow = after.area("aula").orElseThrow();
        assertEquals("partial", aulaNow.status());
        assertEquals(AULA_NOTE, aulaNow.note());
        for (AreaFields area : before.areas()) {
            String id = area.area().id();
            if (!id.equals("okonomi") && !id.equals("aula")) {
                assertEquals(area, after.area(id).orElseThrow(), id + " is unchanged");
            }
        }

        browser.get("http://127.0.0.1:" + server.port() + "/rapporter/2025-10.html");
        waitFor(
                d -> {
                    d.navigate().refresh();
                    String row = d.findElement(By.id("omraade-okonomi")).getText();
                    return row.contains("Normal drift") && row.contains("Kører efter planen");
                },
                "the served page shows Økonomi as Normal drift");
        String aula = browser.findElement(By.id("omraade-aula")).getText();
        assertTrue(aula.contains("Delvis drift") && aula.contains("Fraværsdata mangler"), aula);
    }

    @Test
    void aJavascriptLinkIsShownAtTheNoteAndGemWritesNothing() throws Exception {
        SortedMap<String, String> hashes = FixtureSite.hashes(site.path("content"));
        browser.get("http://127.0.0.1:" + server.port() + "/_driftsstatus/rediger/2025-10");
        tabTo("#note-aula").sendKeys("[klik](javascript:alert(1))");
        WebElement error = waitFor(
                d -> {
                    WebElement box = d.findElement(By.id("fejl-note-aula"));
                    return box.getText().contains("javascript:") ? box : null;
                },
                "the link's error at the note");
        WebElement note = browser.findElement(By.id("note-aula"));
        assertEquals("true", note.getAttribute("aria-invalid"));
        assertTrue(note.getAttribute("aria-describedby").contains("fejl-note-aula"));
        assertTrue(browser.findElement(By.id("kontrol-status")).getText().startsWith("1 fejl"), error.getText());

        tabTo("#formular button[type=submit]").sendKeys(Keys.ENTER);
        WebElement summary = waitFor(
                d -> d.findElements(By.id("fejl-oversigt")).stream().findFirst().orElse(null), "the error summary");
        assertEquals(summary, browser.switchTo().activeElement(), "the summary has the focus");
        summary.findElement(By.cssSelector("a[href='#note-aula']")).sendKeys(Keys.ENTER);
        assertEquals("note-aula", browser.switchTo().activeElement().getAttribute("id"));
        assertEquals(
                "[klik](javascript:alert(1))",
                browser.findElement(By.id("note-aula")).getAttribute("value"));
        screenshot("edit-errors.png");
        assertEquals(hashes, FixtureSite.hashes(site.path("content")));
    }

    private ReportForm read(String text) {
        Diagnostics diagnostics = new Diagnostics();
        ContentFolder folder = new ContentFolder(site.path("content"), site.root());
        LoadedContent loaded = ContentLoader.load(folder, diagnostics, new ParsedReports());
        return ReportReader.read(loaded, REPORT, "2025-10.md", text, diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.sorted()))
                .form();
    }

    /** Presses Tab until {@code css} has the focus, proving it is reachable by keyboard. */
    private WebElement tabTo(String css) {
        WebElement target = browser.findElement(By.cssSelector(css));
        for (int i = 0; i < 400; i++) {
            if (browser.switchTo().activeElement().equals(target)) {
                return target;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError(css + " is not reachable with Tab");
    }

    private static String without(String text, String part) {
        assertTrue(text.contains(part), part);
        return text.replace(part, "");
    }

    private static String insertAfter(String text, String anchor, String inserted) {
        assertTrue(text.contains(anchor), anchor);
        int at = text.indexOf(anchor) + anchor.length();
        return text.substring(0, at) + inserted + text.substring(at);
    }

    private void screenshot(String name) throws IOException {
        Path file = FixtureSite.PROJECT.resolve("target/screenshots/" + name);
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES)); // for a person to look at
    }

    /** Polls the page until {@code condition} gives a value (not null, not false), for at most 10 s. */
    private <T> T waitFor(Function<WebDriver, T> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                T value = condition.apply(browser);
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                // the page was loading; look again
            }
            Thread.sleep(100);
        }
        throw new AssertionError(what + " within 10 s; server log:\n" + log);
    }
}
