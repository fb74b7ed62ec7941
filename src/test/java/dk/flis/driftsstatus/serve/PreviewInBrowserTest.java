package dk.flis.driftsstatus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.BrowserGates;
import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.HeadlessChromium;
import dk.flis.driftsstatus.pipeline.BuildOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The preview as an editor sees it in Chromium: the page follows a save by itself, a mistake puts
 * the overlay (role="alert", file:line, message, hint) over the last good page, and fixing it
 * removes the overlay.
 */
@Isolated // polls for saves every 40 ms and waits for reloads: no other test competes for the cores
class PreviewInBrowserTest {
    private static final String REPORT = "content/reports/2025-10.md";

    @TempDir
    Path temp;

    private FixtureSite site;
    private PreviewServer server;
    private ChromeDriver browser;
    private final StringWriter log = new StringWriter();

    @BeforeEach
    void start() throws IOException {
        BrowserGates.requireOrSkip(HeadlessChromium.missing(), BrowserGates.onCi());
        site = FixtureSite.of("small", temp.resolve("site"));
        BuildOptions options =
                new BuildOptions(site.path("content"), site.path("templates"), site.path("site"), site.root(), false);
        server = PreviewServer.start(options, "127.0.0.1", 0, new PrintWriter(log));
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
    void theOpenPageFollowsSavesAndShowsMistakesUntilTheyAreFixed() throws Exception {
        browser.get("http://127.0.0.1:" + server.port() + "/rapporter/2025-10.html");
        assertTrue(note("omraade-dfdg").contains("Lukket pga. snitfladeændringer."));

        replaceInReport("Lukket pga. snitfladeændringer.", "Genåbner i december.");
        waitFor(driver -> note("omraade-dfdg").contains("Genåbner i december."), "the page reloads by itself");

        replaceInReport("okonomi: { status: partial }", "okonomi: { status: parital }");
        WebElement overlay = waitFor(
                driver -> driver.findElements(By.id("driftsstatus-overlay")).stream()
                        .findFirst()
                        .orElse(null),
                "the overlay appears");
        assertEquals("alert", overlay.getAttribute("role"));
        String text = overlay.getText();
        assertTrue(text.contains("content/reports/2025-10.md:4"), text);
        assertTrue(text.contains("Ukendt status »parital«."), text);
        assertTrue(text.contains("Mente du »partial« (Delvis drift)?"), text);
        assertTrue(note("omraade-dfdg").contains("Genåbner i december."), "the last good page stays under it");
        Path screenshot = FixtureSite.PROJECT.resolve("target/screenshots/serve-overlay.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(
                screenshot, browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES)); // for a person to look at

        replaceInReport("okonomi: { status: parital }", "okonomi: { status: partial }");
        waitFor(
                driver -> driver.findElements(By.id("driftsstatus-overlay")).isEmpty() ? Boolean.TRUE : null,
                "the overlay goes once the mistake is fixed");
    }

    @Test
    void aPageOtherThanTheSavedMonthsFollowsTheSaveToo() throws Exception {
        browser.get("http://127.0.0.1:" + server.port() + "/omraader/dfdg.html");
        assertTrue(browser.getPageSource().contains("Lukket pga. snitfladeændringer."));

        replaceInReport("Lukket pga. snitfladeændringer.", "Genåbner i december.");
        waitFor(
                driver -> driver.getPageSource().contains("Genåbner i december."),
                "the area page reloads once the rest of the site is rendered");
    }

    @Test
    void warningsShowBelowAnyErrorsWithTheirSourceLineWithoutBlockingThePage() throws Exception {
        browser.get("http://127.0.0.1:" + server.port() + "/rapporter/2025-10.html");
        replaceInReport("okonomi: { status: partial }", "okonomi: { status: partial }\n  borger: { status: partial }");

        WebElement warnings = waitFor(
                driver -> driver.findElements(By.id("driftsstatus-warnings")).stream()
                        .findFirst()
                        .orElse(null),
                "the warnings appear on the reloaded page");
        assertEquals("status", warnings.getAttribute("role"));
        String text = warnings.getText();
        assertTrue(text.contains("Advarsel: content/reports/2025-10.md:5:21"), text);
        assertTrue(text.contains("»Borger« har status »partial« (Delvis drift), men ingen note."), text);
        assertTrue(text.contains("  borger: { status: partial }\n                    ^"), text);
        assertTrue(text.contains("Tip: Læserne ser kun »Kører med huller eller fejl i data«."), text);
        assertTrue(browser.findElements(By.id("driftsstatus-overlay")).isEmpty(), "a warning is not an error");
        Object top = browser.executeScript(
                "return document.getElementById('driftsstatus-warnings').contains(document.elementFromPoint(640, 40));");
        assertEquals(Boolean.FALSE, top, "the top of the page stays readable and clickable");

        Path september = site.path("content/reports/2025-09.md");
        Files.writeString(
                september,
                Files.readString(september, StandardCharsets.UTF_8).replace("date: 2025-09-10", "date: 2025-09-31"),
                StandardCharsets.UTF_8);
        WebElement errors = waitFor(
                driver -> driver.findElements(By.id("driftsstatus-overlay")).stream()
                        .findFirst()
                        .orElse(null),
                "the errors appear");
        warnings = browser.findElement(By.id("driftsstatus-warnings"));
        assertTrue(
                warnings.getRect().getY()
                        >= errors.getRect().getY() + errors.getRect().getHeight(),
                "warnings below the errors");
        assertTrue(errors.getText().contains("Fejl: content/reports/2025-09.md:2:7"), errors.getText());

        warnings.findElement(By.tagName("button")).click();
        assertTrue(browser.findElements(By.id("driftsstatus-warnings")).isEmpty(), "the warnings can be dismissed");
        assertEquals(1, browser.findElements(By.id("driftsstatus-overlay")).size(), "the errors stay");
    }

    private String note(String rowId) {
        return browser.findElement(By.id(rowId))
                .findElement(By.cssSelector(".note"))
                .getText();
    }

    /** Polls the page until {@code condition} gives a value (not null, not false), for at most 5 s. */
    private <T> T waitFor(Function<WebDriver, T> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                T value = condition.apply(browser);
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                // the page was reloading; look again
            }
            Thread.sleep(50);
        }
        throw new AssertionError(what + " within 5 s; server log:\n" + log);
    }

    private void replaceInReport(String from, String to) throws IOException {
        Path report = site.path(REPORT);
        String text = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(report, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
