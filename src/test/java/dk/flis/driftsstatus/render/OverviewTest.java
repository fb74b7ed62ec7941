package dk.flis.driftsstatus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader sees first on a report page, in the 14-month fixture: the Overblik (the month in one
 * sentence, the areas that need attention worst first, each linking to its row), and on every month
 * but the latest, a notice that leads to the latest report.
 */
class OverviewTest {
    @TempDir
    static Path temp;

    static FixtureSite site;

    @BeforeAll
    static void build() {
        site = FixtureSite.of("history", temp);
        assertEquals(0, site.run("build", "--no-pdf").exitCode());
    }

    static Document page(String path) {
        return HistorySiteTest.parse(site.path("site/" + path));
    }

    @Test
    void overviewSaysTheMonthInOneSentenceAndListsTheAreasNeedingAttentionWorstFirst() {
        Element overview = page("index.html").selectFirst("section.overview");
        assertEquals("Overblik", overview.selectFirst("h2").text());
        assertEquals(
                "1 af 5 dataområder kører efter planen.",
                overview.selectFirst(".overview-summary").text());
        assertEquals(
                "4 dataområder kræver opmærksomhed",
                overview.selectFirst(".attention-heading").text());
        List<Element> cards = overview.select(".attention-card");
        assertEquals(
                List.of(
                        "✕ Lukket siden september 2025 | DFDG | Lukket igen pga. nye snitflader. | Ingen data",
                        "◔ Forsinket siden august 2025 | KRL Personale | Overenskomstarbejde forsinker data. | "
                                + "Data t.o.m. Maj – 1 måned forsinket (normalt Juni)",
                        "◐ Delvis drift siden juli 2025 | Økonomi | Fejl i data fra to kommuner.",
                        "◐ Delvis drift siden oktober 2025 | Aula | Fraværsdata mangler for én kommune."),
                cards.stream()
                        .map(card -> String.join(" | ", card.select("p").eachText()))
                        .toList());
        assertEquals(
                List.of("#omraade-dfdg", "#omraade-krl-personale", "#omraade-okonomi", "#omraade-aula"),
                overview.select(".attention-area a").eachAttr("href"));
        assertTrue(cards.get(0).attr("style").contains("#c8102e"), "the card carries its status's colour");
        assertEquals(
                "true",
                cards.get(0).selectFirst(".status-icon").attr("aria-hidden"),
                "the label, not the icon, is read");
    }

    @Test
    void aMonthWithNothingWrongSaysSoInOneSentence() {
        Element overview = page("rapporter/2024-09.html").selectFirst("section.overview");
        assertEquals(
                "Alle 5 dataområder kører efter planen.",
                overview.selectFirst(".overview-summary").text());
        assertTrue(overview.select(".attention, .attention-heading, .overview-note")
                .isEmpty());
    }

    @Test
    void eachCardShowsTheStatusBeforeTheAreaAndTheNote() {
        for (Element card : page("index.html").select(".attention-card")) {
            List<String> order =
                    card.children().stream().map(Element::className).toList();
            assertEquals("attention-status", order.get(0), card.outerHtml());
        }
    }

    @Test
    void overviewComesFirstOnEveryReportPage() throws IOException {
        for (String path : reportPages()) {
            Document page = page(path);
            List<Element> all = page.getAllElements();
            Element overview = page.selectFirst("section.overview");
            assertNotNull(overview, path);
            assertTrue(all.indexOf(page.selectFirst("h1")) < all.indexOf(overview), path);
            for (String later : List.of("table.status-table", "section.changes", ".preface")) {
                Element element = page.selectFirst(later);
                assertTrue(element == null || all.indexOf(overview) < all.indexOf(element), path + ": before " + later);
            }
            for (String href : overview.select("a").eachAttr("href")) {
                assertNotNull(page.getElementById(href.substring(1)), path + ": " + href + " leads to a row");
            }
        }
    }

    @Test
    void everyOlderMonthSaysSoAtTheTopAndLinksTheLatest() throws IOException {
        int older = 0;
        for (String path : reportPages()) {
            Element notice = page(path).selectFirst("main > .older-report");
            String toLatest = path.equals("index.html") ? "rapporter/2025-10.html" : "../rapporter/2025-10.html";
            if (path.equals("index.html") || path.equals("rapporter/2025-10.html")) {
                assertNull(notice, path + " is the latest");
                continue;
            }
            older++;
            assertNotNull(notice, path);
            assertEquals(0, notice.elementSiblingIndex(), path + ": the first thing in the page's content");
            assertEquals("Dette er en ældre rapport. Se den nyeste: Oversigt pr. 10/10 (oktober 2025)", notice.text());
            assertEquals(toLatest, notice.selectFirst("a").attr("href"), path);
        }
        assertEquals(13, older);
    }

    private static List<String> reportPages() throws IOException {
        Path published = site.path("site").toRealPath();
        try (Stream<Path> files = Files.list(published.resolve("rapporter"))) {
            List<String> months =
                    files.map(f -> "rapporter/" + f.getFileName()).sorted().toList();
            return Stream.concat(Stream.of("index.html"), months.stream()).toList();
        }
    }
}
