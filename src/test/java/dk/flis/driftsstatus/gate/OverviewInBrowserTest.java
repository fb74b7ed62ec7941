package dk.flis.driftsstatus.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Overblik as a reader sees it, in headless Chromium at 1280 and 390 px (a phone): it opens in
 * the first screen, above the table; in each of its cards and in each of the table's cards on a phone
 * the status comes before the details. Screenshots go to {@code target/screenshots/}.
 */
class OverviewInBrowserTest {
    static final int[] WIDTHS = {1280, 390};
    static final List<String> PAGES =
            List.of("real/index.html", "history/index.html", "history/rapporter/2025-08.html");

    static String missing;
    static AxeBrowser browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        missing = AxeBrowser.missingTool();
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing + " (CI=true: the overview must be checked in a browser)");
            }
            return;
        }
        browser = new AxeBrowser(GateSites.root());
    }

    @BeforeEach
    void skipWithoutBrowser() {
        Assumptions.assumeTrue(missing == null, () -> missing + " (skipped: CI is not set)");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOverviewOpensInTheFirstScreenAboveTheTable() throws IOException {
        for (String page : PAGES) {
            for (int width : WIDTHS) {
                browser.open(page, width);
                Map<String, Object> found = (Map<String, Object>)
                        browser.evaluate("const o = document.querySelector('section.overview').getBoundingClientRect();"
                                + "const t = document.querySelector('table.status-table').getBoundingClientRect();"
                                + "const s = document.querySelector('.overview-summary').getBoundingClientRect();"
                                + "return {overviewTop: o.top, summaryBottom: s.bottom, tableTop: t.top, height: innerHeight,"
                                + "  pageWidth: document.documentElement.scrollWidth, width: innerWidth};");
                String where = page + " at " + width + " px: " + found;
                assertTrue(
                        number(found, "summaryBottom") <= number(found, "height"),
                        "the month's sentence in view on load, " + where);
                assertTrue(number(found, "overviewTop") < number(found, "tableTop"), where);
                assertTrue(number(found, "pageWidth") <= number(found, "width"), "no sideways scrolling, " + where);
                browser.screenshot(AccessibilityGateTest.SCREENSHOTS.resolve(
                        "overview_" + page.replace(".html", "").replace('/', '_') + "-" + width + ".png"));
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCardShowsItsStatusFirst() {
        for (int width : WIDTHS) {
            browser.open("real/index.html", width);
            List<Object> misplaced = (List<Object>) browser.evaluate("const bad = [];"
                    + "for (const card of document.querySelectorAll('.attention-card')) {"
                    + "  const status = card.querySelector('.attention-status').getBoundingClientRect();"
                    + "  const area = card.querySelector('.attention-area').getBoundingClientRect();"
                    + "  if (status.bottom > area.top + 0.5) bad.push(card.textContent.trim()); }"
                    // On a phone the table's rows are cards too: the Drift cell right under the name.
                    + "if (innerWidth < 640) for (const row of document.querySelectorAll('tr[id^=omraade-]')) {"
                    + "  const cells = [...row.children].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);"
                    + "  if (!cells[1].classList.contains('drift')) bad.push(row.id); }"
                    + "return bad;");
            assertEquals(List.of(), misplaced, width + " px");
        }
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }
}
