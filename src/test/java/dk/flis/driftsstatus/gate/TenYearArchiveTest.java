package dk.flis.driftsstatus.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.flis.driftsstatus.BenchHistory;
import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The archive at ten years, as readers open it: the benchmark's 120-month history (Nov 2015 – Oct
 * 2025), built once, in headless Chromium at 1280 and 390 px. The newest month is in view on load,
 * older months are a sideways scroll away, every year has its link and heading, and at 390 px (a
 * width the page gate does not visit) axe finds no violation in it, in the one-month real archive
 * or in the 14-month fixture's. Screenshots go to {@code target/screenshots/}.
 */
class TenYearArchiveTest {
    static final int[] WIDTHS = {1280, 390};
    static final YearMonth FIRST = YearMonth.of(2015, 11);
    static final YearMonth LATEST = YearMonth.of(2025, 10);
    static final String ARCHIVE = "ten-years/arkiv.html";

    static String missing;
    static AxeBrowser browser;

    @BeforeAll
    static void buildTenYearsAndStartBrowser() throws IOException {
        missing = AxeBrowser.missingTool();
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing + " (CI=true: the archive must be checked in a browser)");
            }
            return;
        }
        Path root = GateSites.root(); // the fixture and real sites, shared with the other gates
        Path project = GateSites.ROOT.resolve("projects/ten-years");
        GateSites.delete(project);
        FixtureSite site = BenchHistory.write(120, project);
        FixtureSite.Run run =
                site.run("build", "--no-pdf", "--out", root.resolve("ten-years").toString());
        assertEquals(0, run.exitCode(), run.err());
        browser = new AxeBrowser(root);
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
    void latestMonthIsInViewOnLoadAndOlderMonthsAreASidewaysScrollAway() throws IOException {
        for (int width : WIDTHS) {
            browser.open(ARCHIVE, width);
            Map<String, Object> latest = (Map<String, Object>) browser.evaluate(
                    "const th = document.querySelector('table.heatmap thead a[href=\"' + arguments[0] + '\"]').closest('th');"
                            + "const r = th.getBoundingClientRect();"
                            + "const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);"
                            + "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, viewportWidth: innerWidth,"
                            + "  viewportHeight: innerHeight, pageWidth: document.documentElement.scrollWidth,"
                            + "  text: th.textContent.trim(), uncovered: th.contains(hit)};",
                    "rapporter/" + LATEST + ".html");
            String where = width + " px: " + latest;
            assertEquals("Okt 2025", latest.get("text"), where);
            assertTrue(
                    number(latest, "left") >= 0 && number(latest, "right") <= number(latest, "viewportWidth"), where);
            assertTrue(
                    number(latest, "top") >= 0 && number(latest, "bottom") <= number(latest, "viewportHeight"), where);
            assertEquals(true, latest.get("uncovered"), "not hidden under the sticky area names: " + where);
            assertTrue(
                    number(latest, "pageWidth") <= number(latest, "viewportWidth"),
                    "only the table scrolls sideways: " + where);
            browser.screenshot(AccessibilityGateTest.SCREENSHOTS.resolve("ten-years_arkiv-" + width + ".png"));

            Map<String, Object> oldest = (Map<String, Object>) browser.evaluate(
                    "const wrap = document.querySelector('.heatmap-wrap');"
                            + "wrap.scrollLeft = wrap.scrollWidth;"
                            + "const r = document.querySelector('table.heatmap thead a[href=\"' + arguments[0] + '\"]').getBoundingClientRect();"
                            + "const box = wrap.getBoundingClientRect();"
                            + "return {left: r.left, right: r.right, boxLeft: box.left, boxRight: box.right};",
                    "rapporter/" + FIRST + ".html");
            assertTrue(
                    number(oldest, "left") >= number(oldest, "boxLeft")
                            && number(oldest, "right") <= number(oldest, "boxRight"),
                    "the oldest month at the end of the sideways scroll, " + width + " px: " + oldest);
            browser.screenshot(AccessibilityGateTest.SCREENSHOTS.resolve("ten-years_arkiv-oldest-" + width + ".png"));

            // Back with the keyboard: a focused cell scrolls in beside the sticky area names, not under them.
            Map<String, Object> focused = (Map<String, Object>) browser.evaluate(
                    "const cell = document.querySelector('table.heatmap tbody a[href^=\"rapporter/2025-09.html\"]');"
                            + "cell.focus();"
                            + "const name = cell.closest('tr').querySelector('th').getBoundingClientRect();"
                            + "return {cellLeft: cell.getBoundingClientRect().left, nameRight: name.right};");
            assertTrue(
                    number(focused, "cellLeft") >= number(focused, "nameRight") - 0.5,
                    "a focused cell is not hidden under the area names, " + width + " px: " + focused);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyYearHasItsLinkAboveTheHeatmapAndItsHeadingOverItsReports() {
        List<String> years = new ArrayList<>();
        List<Long> monthsPerYear = new ArrayList<>();
        for (int year = LATEST.getYear(); year >= FIRST.getYear(); year--) {
            years.add(String.valueOf(year));
            int from = year == FIRST.getYear() ? FIRST.getMonthValue() : 1;
            int to = year == LATEST.getYear() ? LATEST.getMonthValue() : 12;
            monthsPerYear.add((long) (to - from + 1));
        }
        for (int width : WIDTHS) {
            browser.open(ARCHIVE, width);
            Map<String, Object> found =
                    (Map<String, Object>) browser.evaluate("const nav = document.querySelector('nav.year-links');"
                            + "const table = document.querySelector('table.heatmap');"
                            + "const list = document.querySelector('section[aria-labelledby=\"alle-rapporter\"]');"
                            + "const h3s = [...list.querySelectorAll('h3')];"
                            + "return {before: !!(nav.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING),"
                            + "  links: [...nav.querySelectorAll('a')].map(a => a.textContent.trim()),"
                            + "  targets: [...nav.querySelectorAll('a')].map(a => a.getAttribute('href')),"
                            + "  shown: [...nav.querySelectorAll('a')].every(a => a.getBoundingClientRect().width > 0),"
                            + "  headings: h3s.map(h => h.textContent.trim()),"
                            + "  ids: h3s.map(h => '#' + h.id),"
                            + "  months: h3s.map(h => h.nextElementSibling.querySelectorAll('li').length),"
                            + "  firstOf2016: document.querySelector('#aar-2016 + ul a').getAttribute('href')};");
            String where = width + " px: " + found;
            assertEquals(true, found.get("before"), "the year links come before the heatmap, " + where);
            assertEquals(years, found.get("links"), where);
            assertEquals(true, found.get("shown"), where);
            assertEquals(years, found.get("headings"), where);
            assertEquals(found.get("ids"), found.get("targets"), "each link leads to its year's heading, " + where);
            assertEquals(monthsPerYear, found.get("months"), where);
            assertEquals("rapporter/2016-12.html", found.get("firstOf2016"), "newest first within a year, " + where);

            browser.click("nav.year-links a[href='#aar-2016']");
            Map<String, Object> heading = (Map<String, Object>)
                    browser.evaluate("const r = document.getElementById('aar-2016').getBoundingClientRect();"
                            + "return {top: r.top, bottom: r.bottom, height: innerHeight};");
            assertTrue(
                    number(heading, "top") >= 0 && number(heading, "bottom") <= number(heading, "height"),
                    "following the link shows the year's heading, " + width + " px: " + heading);
        }
    }

    @Test
    void archivesOfOneMonthFourteenMonthsAndTenYearsHaveNoViolationsAt390Px() throws IOException {
        // The page gate audits the first two at 1280 and 320 px; the markup does not change with the
        // width, so the ten years (slow to audit: 2,000 cells) are audited once, at the phone width.
        List<AxeBrowser.Violation> violations = new ArrayList<>();
        for (String page : List.of(ARCHIVE, "real/arkiv.html", "history/arkiv.html")) {
            violations.addAll(browser.audit(page, 390));
            browser.screenshot(AccessibilityGateTest.SCREENSHOTS.resolve(
                    page.replace(".html", "").replace('/', '_') + "-390.png"));
        }
        assertTrue(
                violations.isEmpty(), violations.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }
}
