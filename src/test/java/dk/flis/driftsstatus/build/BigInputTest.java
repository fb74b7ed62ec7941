package dk.flis.driftsstatus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.BigContent;
import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs far larger than a real month still build, completely: a 1 MB note, 500 areas, 20 years of reports and their archive. */
class BigInputTest {
    @TempDir
    Path temp;

    @Test
    void buildsFiveHundredAreasOverTwentyYearsWithAOneMegabyteNote() throws IOException {
        FixtureSite site = FixtureSite.of("small", temp);
        BigContent.write(site.root(), 500, 240, 1_000_000);

        long start = System.nanoTime();
        FixtureSite.Run run = site.run("build", "--no-pdf");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("big build: " + millis + " ms");

        assertEquals(0, run.exitCode(), run.err());
        try (var reports = Files.list(site.path("site/rapporter"))) {
            assertEquals(240, reports.filter(p -> p.toString().endsWith(".html")).count());
        }
        Document latest = Jsoup.parse(Files.readString(site.path("site/rapporter/2025-10.html")));
        assertEquals(500, latest.select("tr[id^=omraade-]").size());
        // ~75 bytes of Markdown per paragraph, each with one link: all of the 1 MB note is there.
        assertTrue(latest.select("a[href=\"https://example.com/2025-10\"]").size() > 13_000);
        Document oldest = Jsoup.parse(Files.readString(site.path("site/rapporter/2005-11.html")));
        assertTrue(oldest.text().contains("Note om område 490 i 2005-11"));
        // The archive at 20 years: newest month first, a link and a heading for each of 21 years.
        Document archive = Jsoup.parse(Files.readString(site.path("site/arkiv.html")));
        assertEquals("Okt 2025", archive.selectFirst("table.heatmap thead th a").text());
        assertEquals(21, archive.select("nav.year-links a").size());
        assertEquals(21, archive.select("section:has(#alle-rapporter) h3").size());
        assertEquals("Nov 2005", archive.select("table.heatmap thead th a").last().text());
    }
}
