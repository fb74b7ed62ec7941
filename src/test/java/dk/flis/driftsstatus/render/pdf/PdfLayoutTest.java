package dk.flis.driftsstatus.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes far longer than October's still lay out cleanly, and the PDF never loads outside resources. */
class PdfLayoutTest {
    private static final String REPORT = "content/reports/2025-10.md";
    private static final String LONGEST_NOTE_START = "Kører efter planen på nær for Københavns Kommune";

    @TempDir
    Path temp;

    @Test
    void noteThreeTimesTheLongestStaysOnThePageWithoutOverlaps() throws IOException {
        FixtureSite site = FixtureSite.realContent(temp);
        String report = Files.readString(site.path(REPORT), StandardCharsets.UTF_8);
        String longest = report.lines()
                .filter(l -> l.startsWith(LONGEST_NOTE_START))
                .findFirst()
                .orElseThrow();
        String tripled = longest + " " + longest + " " + longest;
        Files.writeString(site.path(REPORT), report.replace(longest, tripled), StandardCharsets.UTF_8);

        FixtureSite.Run run = site.run("build");
        assertEquals(0, run.exitCode(), run.err());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(site.path("site/pdf/driftsstatus-2025-10.pdf")))) {
            String all = PdfReportTest.letters(String.join("", TaggedText.byPage(pdf)));
            assertTrue(all.contains(PdfReportTest.letters(tripled)), "the whole note is there, in order");
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                List<TextPosition> glyphs = glyphs(pdf, page);
                float width = pdf.getPage(page - 1).getMediaBox().getWidth();
                float height = pdf.getPage(page - 1).getMediaBox().getHeight();
                for (TextPosition g : glyphs) {
                    assertTrue(
                            g.getXDirAdj() >= 0
                                    && g.getXDirAdj() + g.getWidthDirAdj() <= width
                                    && g.getYDirAdj() - g.getHeightDir() >= 0
                                    && g.getYDirAdj() <= height,
                            "'" + g.getUnicode() + "' inside page " + page);
                }
                assertNoOverlap(glyphs, page);
            }
            String firstPage = PdfReportTest.letters(pageText(pdf, 1));
            assertTrue(firstPage.contains("TværgåendeBorger"), "a group row stays with its first area row");
        }
    }

    @Test
    void refusesImagesFromTheNetworkAndFromOutsideTheProject() throws IOException {
        FixtureSite site = FixtureSite.realContent(temp);
        Path template = site.path("templates/pdf/report.ftlh");
        String html = Files.readString(template, StandardCharsets.UTF_8);
        Files.writeString(
                template,
                html.replace(
                        "<table class=\"status-table\">",
                        "<img src=\"http://example.invalid/logo.png\" alt=\"logo\"><img src=\"/etc/passwd\" alt=\"x\">"
                                + "<img src=\"../../content/../../outside.png\" alt=\"y\"><table class=\"status-table\">"),
                StandardCharsets.UTF_8);

        FixtureSite.Run run = site.run("build");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("advarsel: PDF: http://example.invalid/logo.png blev ikke hentet."), run.err());
        assertTrue(run.err().contains("advarsel: PDF: file:/etc/passwd blev ikke hentet."), run.err());
        assertTrue(run.err().contains("outside.png"), run.err());
        assertTrue(Files.exists(site.path("site/pdf/driftsstatus-2025-10.pdf")));
    }

    private static void assertNoOverlap(List<TextPosition> glyphs, int page) {
        for (int i = 0; i < glyphs.size(); i++) {
            for (int j = i + 1; j < glyphs.size(); j++) {
                TextPosition a = glyphs.get(i);
                TextPosition b = glyphs.get(j);
                // Shrunk boxes: neighbouring letters may touch, glyphs of two rows or cells must not meet.
                float inset = 0.25f;
                boolean overlap = a.getXDirAdj() + a.getWidthDirAdj() * (1 - inset)
                                > b.getXDirAdj() + b.getWidthDirAdj() * inset
                        && b.getXDirAdj() + b.getWidthDirAdj() * (1 - inset)
                                > a.getXDirAdj() + a.getWidthDirAdj() * inset
                        && a.getYDirAdj() - a.getHeightDir() * inset > b.getYDirAdj() - b.getHeightDir() * (1 - inset)
                        && b.getYDirAdj() - b.getHeightDir() * inset > a.getYDirAdj() - a.getHeightDir() * (1 - inset);
                assertTrue(
                        !overlap || a.getUnicode().isBlank() || b.getUnicode().isBlank(),
                        "'" + a.getUnicode() + "' and '" + b.getUnicode() + "' overlap on page " + page);
            }
        }
    }

    private static List<TextPosition> glyphs(PDDocument pdf, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return glyphs;
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
