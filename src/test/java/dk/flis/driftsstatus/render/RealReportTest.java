package dk.flis.driftsstatus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.SeedTranscription;
import dk.flis.driftsstatus.SharedSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real content/ builds into the October 2025 slide table, cell for cell (test resource seed/oktober-2025-tabel.md). */
class RealReportTest {
    static Document index;

    @BeforeAll
    static void buildRealContent() throws IOException {
        SharedSites.Built real = SharedSites.real();
        assertEquals(0, real.run().exitCode(), real.run().err());
        index = Jsoup.parse(Files.readString(real.site().path("site/index.html"), StandardCharsets.UTF_8));
    }

    @Test
    void indexShowsEveryCellOfTheSlidesInOrder() {
        List<List<String>> shown = new ArrayList<>();
        for (Element tbody : index.select("table.status-table > tbody")) {
            shown.add(List.of(tbody.selectFirst("tr.group-row th").text()));
            for (Element row : tbody.select("tr:not(.group-row)")) {
                shown.add(List.of(
                        row.child(0).text(),
                        row.child(1).text(),
                        row.selectFirst("td.data-through").ownText(),
                        row.child(3).text(),
                        row.selectFirst("td.drift .note").text()));
            }
        }
        assertEquals(SeedTranscription.tableRows(), shown);
    }

    @Test
    void titleAndColumnsAreThoseOfTheSlides() {
        assertEquals("Oversigt pr. 10/10", index.selectFirst("h1").text());
        assertEquals(
                List.of("Dataområde", "Opdateringsfrekvens", "Data t.o.m.", "Kilde", "Drift"),
                index.select("thead th").eachText().stream()
                        .map(t -> t.replace("\u00ad", ""))
                        .toList());
        assertEquals("da", index.selectFirst("html").attr("lang"));
        assertTrue(index.selectFirst("table caption").hasText());
    }

    @Test
    void krlPersonaleIsShownBehindItsRuleWithTheExpectedMonth() {
        Element krl = index.getElementById("omraade-krl-personale");
        assertEquals("Maj", krl.selectFirst("td.data-through").ownText());
        assertEquals(
                "(1 måned forsinket – normalt Juni)", krl.selectFirst(".behind").text());
        assertEquals("Forsinket", krl.selectFirst(".status").ownText().strip());
    }

    @Test
    void statusIsGivenAsTextNotColourAlone() {
        for (Element row : index.select("tr[id^=omraade-]")) {
            Element status = row.selectFirst(".status");
            assertTrue(status.text().matches(".*\\p{L}{2,}.*"), "status has a text label: " + row.id());
            assertEquals("true", status.selectFirst(".status-icon").attr("aria-hidden"));
        }
        assertEquals(17, index.select("tr[id^=omraade-]").size());
        assertEquals(4, index.select("tr.group-row").size());
    }
}
