package dk.flis.driftsstatus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site built from the 14-month fixture {@code sites/history}: change summaries, ages, heatmap,
 * area pages, navigation and feed, against expectations worked out by hand from the fixture.
 */
class HistorySiteTest {
    @TempDir
    static Path temp;

    static FixtureSite site;

    @BeforeAll
    static void buildHistoryFixture() {
        site = FixtureSite.of("history", temp);
        FixtureSite.Run run = site.run("build", "--no-pdf");
        assertEquals(0, run.exitCode(), run.err());
    }

    static Document page(String path) {
        try {
            return Jsoup.parse(site.path("site/" + path).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void latestReportListsChangesSinceLastMonthAboveTheTable() {
        Document index = page("index.html");
        assertEquals("Ændringer siden 10/9", index.select(".changes h2").text());
        assertEquals(
                List.of(
                        "KRL Personale: data nu kun 1 måned forsinket (normalt t.o.m. Juni)",
                        "Aula: Normal drift → Delvis drift, ny note"),
                index.select(".changes li").eachText());
        assertEquals(
                List.of("#omraade-krl-personale", "#omraade-aula"),
                index.select(".changes li a").eachAttr("href"));
        assertEquals(
                List.of("omraade-krl-personale", "omraade-aula"),
                index.select("tr.changed").eachAttr("id"));
        assertEquals(
                List.of("Ændret", "Ændret"),
                index.select("tr.changed .changed-mark").eachText());
    }

    @Test
    void openProblemsShowTheirAgeAndOkAreasDoNot() {
        Document index = page("index.html");
        assertEquals(
                "siden juli 2025", index.select("#omraade-okonomi .open-since").text());
        assertEquals(
                "siden august 2025",
                index.select("#omraade-krl-personale .open-since").text());
        assertEquals(
                "siden september 2025",
                index.select("#omraade-dfdg .open-since").text());
        assertEquals(
                "siden oktober 2025", index.select("#omraade-aula .open-since").text());
        assertTrue(index.select("#omraade-borger .open-since").isEmpty());
        assertEquals(
                "Maj (1 måned forsinket – normalt Juni)",
                index.select("#omraade-krl-personale .data-through").text());
    }

    @Test
    void firstReportShowsNoAgeOnItsRowsAndSaysWhyOnce(@TempDir Path other) {
        // The real content has one report: KRL has been delayed longer than that, we just cannot tell.
        FixtureSite real = FixtureSite.realContent(other);
        assertEquals(0, real.run("build", "--no-pdf").exitCode());
        Document index = parse(real.path("site/index.html"));
        assertEquals(
                List.of(),
                index.select(".status-table .open-since").eachText(),
                "no age, and no qualifier, on any row");
        assertEquals(
                "Dette er den første rapport, så den viser ikke, hvor længe problemerne har stået på.",
                index.select(".overview .overview-note").text());
        assertEquals(List.of(), index.select(".attention-since").eachText());
        assertFalse(index.text().contains("i hvert fald"), index.text());
        assertTrue(index.select(".changes").isEmpty());
    }

    @Test
    void aProblemOpenSinceTheFirstReportSaysSoTheMonthAfter(@TempDir Path other) {
        FixtureSite real = FixtureSite.realContent(other);
        assertEquals(0, real.run("new").exitCode(), "November, with October's problems carried over");
        assertEquals(0, real.run("build", "--no-pdf").exitCode());
        Document november = parse(real.path("site/index.html"));
        assertEquals(
                "siden første rapport (oktober 2025)",
                november.select("#omraade-krl-personale .open-since").text());
        assertEquals("", november.select(".overview .overview-note").text(), "the note belongs to the first report");
        Document october = parse(real.path("site/rapporter/2025-10.html"));
        assertEquals(List.of(), october.select(".status-table .open-since").eachText());
    }

    static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void removedAreaLeavesTheReportAndIsNamedInThatMonthsChanges() {
        Document april = page("rapporter/2025-04.html");
        assertEquals(List.of("Ydelse: udgået"), april.select(".changes li").eachText());
        assertEquals("../omraader/ydelse.html", april.select(".changes li a").attr("href"));
        assertTrue(april.select("#omraade-ydelse").isEmpty());
        assertEquals(
                List.of("Aula: nyt dataområde"),
                page("rapporter/2025-06.html").select(".changes li").eachText());
        assertEquals(
                "Ingen ændringer.",
                page("rapporter/2025-05.html").select(".changes p").text());
        assertTrue(page("rapporter/2024-09.html").select(".changes").isEmpty(), "first report has nothing to compare");
    }

    @Test
    void heatmapHasAnAccessibleLinkedCellPerAreaAndMonthNewestFirst() {
        Document archive = page("arkiv.html");
        Element heatmap = archive.selectFirst("table.heatmap");
        List<String> months = heatmap.select("thead th a").eachText();
        assertEquals(14, months.size());
        assertEquals(List.of("Okt 2025", "Sep 2025", "Aug 2025"), months.subList(0, 3));
        assertEquals("Sep 2024", months.get(13));
        assertEquals(
                "rapporter/2025-10.html", heatmap.select("thead th a").first().attr("href"));
        Element okonomi = heatmapRow(heatmap, "Økonomi");
        Element july = okonomi.select("td").get(3);
        assertEquals(
                "Juli 2025: Delvis drift – Fejl i data fra én kommune.",
                july.select(".visually-hidden").text());
        assertEquals("rapporter/2025-07.html#omraade-okonomi", july.select("a").attr("href"));
        assertTrue(july.attr("style").contains("#945400"));
        Element aulaJanuary = heatmapRow(heatmap, "Aula").select("td").get(9);
        assertEquals("Jan 2025: ikke med", aulaJanuary.text());
        assertTrue(aulaJanuary.select("a").isEmpty());
        Element ydelseMarch = heatmapRow(heatmap, "Ydelse").select("td").get(7);
        assertEquals(
                "Marts 2025: Bemærk – Ydelse afløses af KY til april.",
                ydelseMarch.select(".visually-hidden").text());
    }

    static Element heatmapRow(Element heatmap, String area) {
        return heatmap.select("tbody tr").stream()
                .filter(tr -> tr.select("th[scope=row] a").text().equals(area))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void heatmapRowsAreGroupedAndLabelledAsInTheReportTable() {
        Element heatmap = page("arkiv.html").selectFirst("table.heatmap");
        List<Element> groups = heatmap.select("tbody");
        assertEquals(
                List.of("Tværgående", "Skole/Dagtilbud", "Beskæftigelse"),
                groups.stream()
                        .map(g ->
                                g.selectFirst("tr.group-row th[scope=rowgroup]").text())
                        .toList());
        assertEquals(
                "15", groups.get(0).selectFirst("tr.group-row th").attr("colspan"), "spans the name and 14 months");
        assertEquals(
                List.of("Borger", "Økonomi", "KRL Personale"),
                groups.get(0).select("th[scope=row]").eachText());
        assertEquals(List.of("Aula"), groups.get(1).select("th[scope=row]").eachText());
        assertEquals(
                List.of("DFDG", "Ydelse (udgået)"),
                groups.get(2).select("th[scope=row]").eachText());
    }

    @Test
    void heatmapHeadsEachYearsMonthsWithTheYear() {
        Element heatmap = page("arkiv.html").selectFirst("table.heatmap");
        List<Element> years = heatmap.select("thead th[scope=colgroup]");
        assertEquals(List.of("2025", "2024"), years.stream().map(Element::text).toList());
        assertEquals(
                List.of("10", "4"), years.stream().map(y -> y.attr("colspan")).toList());
        // Column groups make scope=colgroup mean the year's months; the first holds the area names.
        assertEquals(List.of("1", "10", "4"), heatmap.select("colgroup").eachAttr("span"));
        assertEquals("Dataområde", heatmap.selectFirst("thead th[rowspan=2]").text());
    }

    @Test
    void archiveLinksEachYearAndListsEveryMonthByYearNewestFirstWithItsChangeCount() {
        Document archive = page("arkiv.html");
        assertEquals(
                List.of("#aar-2025", "#aar-2024"),
                archive.select("nav.year-links a").eachAttr("href"));
        assertEquals(List.of("2025", "2024"), archive.select("nav.year-links a").eachText());
        List<Element> inOrder = archive.getAllElements();
        assertTrue(
                inOrder.indexOf(archive.selectFirst("nav.year-links"))
                        < inOrder.indexOf(archive.selectFirst("table.heatmap")),
                "the year links come before the heatmap");
        List<Element> headings = archive.select("section:has(#alle-rapporter) h3");
        assertEquals(
                List.of("aar-2025", "aar-2024"),
                headings.stream().map(Element::id).toList());
        assertEquals(
                List.of("2025", "2024"), headings.stream().map(Element::text).toList());
        List<String> months = archive.select(".month-list li").eachText();
        assertEquals(14, months.size());
        assertEquals("Oversigt pr. 10/10 – 10. oktober 2025 · 2 ændringer", months.get(0));
        assertEquals("Oversigt pr. 10/9 – 10. september 2025 · 3 ændringer", months.get(1));
        assertEquals("Oversigt pr. 10/9 – 10. september 2024 · første rapport", months.get(13));
        Element list2024 = headings.get(1).nextElementSibling();
        assertEquals(
                List.of("Oversigt pr. 10/12", "Oversigt pr. 10/11", "Oversigt pr. 10/10", "Oversigt pr. 10/9"),
                list2024.select("li a").eachText());
    }

    @Test
    void areaPageShowsFactsCurrentStateAndHistoryNewestFirst() {
        Document krl = page("omraader/krl-personale.html");
        assertEquals("KRL Personale", krl.select("h1").text());
        assertEquals("Normalt data t.o.m.", krl.select(".facts dt").get(3).text());
        assertEquals(
                "Juni i rapporten for oktober 2025 (data kommer med 3 måneders forsinkelse)",
                krl.select(".facts dd").get(3).text());
        assertEquals(
                "August i rapporten for oktober 2025 (data kommer med én måneds forsinkelse)",
                page("omraader/borger.html").select(".facts dd").get(3).text());
        assertEquals(
                "Januar i rapporten for marts 2025 (data kommer med én måneds forsinkelse)",
                page("omraader/ydelse.html").select(".facts dd").get(3).text(),
                "a removed area: its last report");
        List<String> months = krl.select(".history-table tbody th").eachText();
        assertEquals(14, months.size());
        assertEquals(List.of("Okt 2025", "Sep 2025", "Aug 2025"), months.subList(0, 3));
        assertEquals(
                List.of(
                        "data nu kun 1 måned forsinket (normalt t.o.m. Juni)",
                        "data 2 måneder forsinket (normalt t.o.m. Maj)",
                        "Normal drift → Forsinket, data 1 måned forsinket (normalt t.o.m. April), ny note",
                        ""),
                krl.select(".history-table tbody td:nth-of-type(4)").stream()
                        .map(Element::text)
                        .toList()
                        .subList(0, 4));
        assertTrue(krl.text().contains("Forsinket siden august 2025"), krl.text());
    }

    @Test
    void addedAreaPageStartsAtItsSinceMonth() {
        Document aula = page("omraader/aula.html");
        assertEquals(
                List.of("Okt 2025", "Sep 2025", "Aug 2025", "Juli 2025", "Juni 2025"),
                aula.select(".history-table tbody th").eachText());
        assertEquals(
                "nyt dataområde",
                aula.select(".history-table tbody tr")
                        .last()
                        .select("td")
                        .last()
                        .text());
        assertEquals("Med siden Juni 2025", aula.select(".facts dd").get(4).text());
    }

    @Test
    void removedAreaKeepsItsReadablePage() {
        Document ydelse = page("omraader/ydelse.html");
        assertFalse(ydelse.select(".removed-note").isEmpty());
        assertEquals(
                "Udgået efter Marts 2025", ydelse.select(".facts dd").get(4).text());
        assertEquals(
                List.of("Marts 2025", "Feb 2025", "Jan 2025", "Dec 2024", "Nov 2024", "Okt 2024", "Sep 2024"),
                ydelse.select(".history-table tbody th").eachText());
        assertEquals(
                "../rapporter/2025-03.html#omraade-ydelse",
                ydelse.select(".history-table tbody th a").first().attr("href"));
    }

    @Test
    void everyPageReachesLatestArchiveEachAreaEachFreePageAndTheStatement() throws IOException {
        List<String> expected = List.of(
                "index.html",
                "arkiv.html",
                "sider/om.html",
                "omraader/borger.html",
                "omraader/okonomi.html",
                "omraader/krl-personale.html",
                "omraader/aula.html",
                "omraader/dfdg.html",
                "omraader/ydelse.html");
        Path published = site.path("site").toRealPath(); // site is a link to the current build
        int pages = 0;
        try (Stream<Path> files = Files.walk(published)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages++;
                String relative = published.relativize(file).toString().replace('\\', '/');
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                String root = relative.contains("/") ? "../" : "";
                List<String> links = doc.select("header nav a, footer a").eachAttr("href");
                for (String target : expected) {
                    assertTrue(links.contains(root + target), relative + " lacks a link to " + target);
                }
                assertEquals(
                        "https://www.was.digst.dk/",
                        doc.select("footer a:contains(Tilgængelighedserklæring)")
                                .attr("href"));
            }
        }
        assertTrue(pages >= 20, "walked the published pages: " + pages);
        assertEquals(
                List.of("Ydelse"),
                page("index.html")
                        .select(".area-nav-group:has(h3:contains(Udgåede)) a")
                        .eachText());
    }

    @Test
    void feedHasAnEntryPerMonthWithItsChangeSummaryAndRelativeLinks() throws IOException {
        Document feed = Jsoup.parse(Files.readString(site.path("site/feed.xml")), "", Parser.xmlParser());
        List<Element> entries = feed.select("entry");
        assertEquals(14, entries.size());
        Element october = entries.get(0);
        assertEquals(
                "Oversigt pr. 10/10 (oktober 2025)", october.select("title").text());
        assertEquals("rapporter/2025-10.html", october.select("link").attr("href"));
        assertEquals("2025-10-10T00:00:00Z", october.select("updated").text());
        assertTrue(october.select("id").text().startsWith("urn:uuid:"));
        Document content = Jsoup.parse(october.select("content").text());
        assertEquals(
                List.of(
                        "KRL Personale: data nu kun 1 måned forsinket (normalt t.o.m. Juni).",
                        "Aula: Normal drift → Delvis drift, ny note."),
                content.select("li").eachText());
        assertEquals(
                "Første rapport.",
                Jsoup.parse(entries.get(13).select("content").text())
                        .select("p")
                        .first()
                        .text());
        assertEquals("2025-10-10T00:00:00Z", feed.selectFirst("feed > updated").text());
    }

    @Test
    void feedLinksAreAbsoluteWhenABaseUrlIsSet(@TempDir Path other) throws IOException {
        FixtureSite withBase = FixtureSite.of("history", other);
        Path siteJson = withBase.path("content/site.json");
        Files.writeString(
                siteJson,
                Files.readString(siteJson)
                        .replace("\"baseUrl\": \"\"", "\"baseUrl\": \"https://intra.flis.example/drift\""));
        assertEquals(0, withBase.run("build", "--no-pdf").exitCode());
        Document feed = Jsoup.parse(Files.readString(withBase.path("site/feed.xml")), "", Parser.xmlParser());
        assertEquals(
                "https://intra.flis.example/drift/feed.xml",
                feed.selectFirst("feed > link[rel=self]").attr("href"));
        assertEquals(
                "https://intra.flis.example/drift/rapporter/2025-10.html",
                feed.selectFirst("entry > id").text());
        assertTrue(feed.selectFirst("entry > content")
                .text()
                .contains("href=\"https://intra.flis.example/drift/rapporter/2025-10.html\""));
    }
}
