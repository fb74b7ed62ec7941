package dk.flis.driftsstatus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.BigContent;
import dk.flis.driftsstatus.Exhaustive;
import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs far larger than a real month still build, completely: a 1 MB note and 500 areas (the real
 * registry has 17) over 2 years of reports; {@code -Pexhaustive} makes it 20 years.
 */
@Tag(Exhaustive.TAG)
class BigInputTest {
    private static final int MONTHS = Exhaustive.count("driftsstatus.bigMonths", 24, 240);

    @TempDir
    Path temp;

    @Test
    void buildsFiveHundredAreasOverYearsOfReportsWithAOneMegabyteNote() throws IOException {
        FixtureSite site = FixtureSite.of("small", temp);
        BigContent.write(site.root(), 500, MONTHS, 1_000_000);

        long start = System.nanoTime();
        FixtureSite.Run run = site.run("build", "--no-pdf");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("big build, 500 areas, " + MONTHS + " months: " + millis + " ms");

        assertEquals(0, run.exitCode(), run.err());
        try (var reports = Files.list(site.path("site/rapporter"))) {
            assertEquals(
                    MONTHS, reports.filter(p -> p.toString().endsWith(".html")).count());
        }
        Document latest = Jsoup.parse(Files.readString(site.path("site/rapporter/2025-10.html")));
        assertEquals(500, latest.select("tr[id^=omraade-]").size());
        // ~75 bytes of Markdown per paragraph, each with one link: all of the 1 MB note is there.
        assertTrue(latest.select("a[href=\"https://example.com/2025-10\"]").size() > 13_000);
        YearMonth first = YearMonth.of(2025, 10).minusMonths(MONTHS - 1);
        Document oldest = Jsoup.parse(Files.readString(site.path("site/rapporter/" + first + ".html")));
        assertTrue(oldest.text().contains("Note om område 490 i " + first));
        // The archive: newest month first, a link and a heading for each year.
        int years = 2025 - first.getYear() + 1;
        Document archive = Jsoup.parse(Files.readString(site.path("site/arkiv.html")));
        assertEquals("Okt 2025", archive.selectFirst("table.heatmap thead th a").text());
        assertEquals(years, archive.select("nav.year-links a").size());
        assertEquals(years, archive.select("section:has(#alle-rapporter) h3").size());
        assertEquals(
                "Nov " + first.getYear(),
                archive.select("table.heatmap thead th a").last().text());
    }
}
