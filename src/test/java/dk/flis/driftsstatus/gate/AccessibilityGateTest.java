package dk.flis.driftsstatus.gate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.BrowserGates;
import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Gate: axe-core finds no WCAG 2.1 A/AA violation in any page type, at 1280 and 320 px, in headless
 * Chromium; screenshots of what it saw go to {@code target/screenshots/}. Off CI a missing Chromium
 * or axe-core skips these tests (named at the end of the run); on CI ({@code CI=true}) it fails them,
 * so a broken install cannot pass green ({@link BrowserGates}).
 */
class AccessibilityGateTest {
    static final int[] WIDTHS = {1280, 320};
    /** One page of each type from each site, including the edge cases: first month, removed area. */
    static final List<String> PAGES = List.of(
            "history/index.html",
            "history/arkiv.html",
            "history/rapporter/2024-09.html",
            "history/rapporter/2025-04.html",
            "history/omraader/krl-personale.html",
            "history/omraader/ydelse.html",
            "history/sider/om.html",
            "real/index.html",
            "real/arkiv.html",
            "real/omraader/dfdg.html",
            "real/sider/opdateringsfrekvens.html");

    static final Path SCREENSHOTS = FixtureSite.PROJECT.resolve("target/screenshots");

    static String missing;
    static AxeBrowser browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        missing = AxeBrowser.missingTool();
        if (missing == null) {
            browser = new AxeBrowser(GateSites.root());
        }
    }

    @BeforeEach
    void skipWithoutBrowser() {
        // Here, not in @BeforeAll, so the report names the reason for each skipped test.
        BrowserGates.requireOrSkip(missing, BrowserGates.onCi());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyPageTypeHasNoViolationsAtBothWidths() throws IOException {
        List<AxeBrowser.Violation> violations = new ArrayList<>();
        for (String page : PAGES) {
            for (int width : WIDTHS) {
                violations.addAll(browser.audit(page, width));
                browser.screenshot(
                        SCREENSHOTS.resolve(page.replace(".html", "").replace('/', '_') + "-" + width + ".png"));
            }
        }
        assertTrue(
                violations.isEmpty(), violations.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void plantedImageWithoutTextAlternativeFailsTheGate() {
        String page = GateSites.plantFault(
                "a11y", "history/sider/om.html", "<h1>", "<img src=\"../style.css\" width=\"40\" height=\"40\"><h1>");
        List<String> ids =
                browser.audit(page, 1280).stream().map(AxeBrowser.Violation::id).toList();
        assertTrue(ids.contains("image-alt"), ids.toString());
    }
}
