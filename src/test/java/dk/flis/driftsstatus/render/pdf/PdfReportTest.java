package dk.flis.driftsstatus.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.SeedTranscription;
import dk.flis.driftsstatus.SharedSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real October 2025 report as a PDF: the slides' three pages, their text in order, fonts, metadata. */
class PdfReportTest {
    private static final String PDF = "site/pdf/driftsstatus-2025-10.pdf";
    private static final String TITLE = "Oversigt pr. 10/10";
    /** The header's first line, left to right ("Opdaterings-" wraps onto a second line: "frekvens"). */
    private static final List<String> HEADER = List.of("Dataområde", "Opdaterings-", "Data t.o.m.", "Kilde", "Drift");

    static byte[] pdf;
    static PDDocument document;

    @BeforeAll
    static void buildRealContent() throws IOException {
        SharedSites.Built real = SharedSites.real();
        assertEquals(0, real.run().exitCode(), real.run().err());
        assertEquals("", real.run().err(), "a clean build prints nothing on stderr");
        pdf = Files.readAllBytes(real.site().path(PDF));
        document = Loader.loadPDF(pdf);
    }

    @AfterAll
    static void close() throws IOException {
        document.close();
    }

    @Test
    void hasThreeSixteenByNinePages() {
        assertEquals(3, document.getNumberOfPages());
        for (PDPage page : document.getPages()) {
            assertEquals(960, page.getMediaBox().getWidth(), 0.5);
            assertEquals(540, page.getMediaBox().getHeight(), 0.5);
        }
    }

    @Test
    void eachPageReadsLikeItsSlideInOrder() throws IOException {
        List<String> seed = seedPages();
        List<String> tagged = TaggedText.byPage(document);
        assertEquals(seed.size(), tagged.size());
        for (int i = 0; i < seed.size(); i++) {
            String expected = letters(seed.get(i));
            String actual = letters(withoutStatusText(tagged.get(i)));
            if (i == 1) {
                // Slide 2 repeats title and header; in the PDF the title is a page artifact (outside the
                // reading order), so it is checked on the page itself in repeatsTitleAndHeaderOnBothTablePages.
                expected = expected.replaceFirst("^" + letters(TITLE), "");
            }
            assertEquals(expected, actual, "page " + (i + 1) + " differs from the slide");
        }
    }

    @Test
    void driftCellsSayTheDefaultTextOnceAndTheStatusAsIconAndAlternateText() throws IOException {
        String shown =
                (pageText(1) + "\n" + pageText(2)).replaceAll("[ \\t]+", " ").replaceAll(" \\n", "\n");
        // Slide 1 reads "Borger … Kører efter planen" and "Nøgletal … - -": the text once, no label before it.
        assertTrue(!shown.contains("Normal drift") && !shown.contains("Ikke relevant"), shown);
        assertTrue(shown.lines().anyMatch(l -> l.startsWith("Borger ") && l.endsWith("✓ Kører efter planen")), shown);
        assertTrue(shown.lines().anyMatch(l -> l.startsWith("Nøgletal ") && l.endsWith("Aug - ○ -")), shown);
        // Before an editor's note the label stays, as text: the status is never told by colour alone.
        assertTrue(shown.contains("◐ Delvis drift Kører efter planen på nær for Københavns Kommune"), shown);
        // A screen reader gets the label from the icon's alternate text, before the text.
        String read = String.join(" ", TaggedText.byPage(document)).replaceAll("\\s+", " ");
        assertTrue(read.contains("Borger Månedligt Aug CPR-registret Normal drift Kører efter planen"), read);
        assertTrue(read.contains("Nøgletal Månedligt Aug - Ikke relevant -"), read);
        assertTrue(
                read.contains(
                        "Økonomi Månedligt Aug Kommunernes økonomisystemer Delvis drift Kører efter planen på nær"),
                read);
    }

    @Test
    void repeatsTitleAndHeaderOnBothTablePages() throws IOException {
        for (int page = 1; page <= 2; page++) {
            String text = pageText(page);
            assertTrue(
                    text.startsWith(TITLE),
                    "title on top of page " + page + ": " + text.lines().findFirst());
            int at = 0;
            for (String column : HEADER) {
                int found = text.indexOf(column, at);
                assertTrue(found >= 0, column + " in the header of page " + page);
                at = found;
            }
            assertTrue(text.contains("frekvens"), "frekvens on page " + page);
        }
        assertTrue(pageText(3).startsWith("Opdateringsfrekvens"));
    }

    @Test
    void numbersItsPages() throws IOException {
        for (int page = 1; page <= 3; page++) {
            assertTrue(pageText(page).contains("Side " + page + " af 3"), "page number on page " + page);
        }
    }

    @Test
    void embedsEveryFont() throws IOException {
        int fonts = 0;
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
                fonts++;
            }
        }
        assertTrue(fonts >= 2, "regular and bold in use");
    }

    @Test
    void textHasPlainLettersNotLigatures() throws IOException {
        String tagged = String.join(" ", TaggedText.byPage(document));
        assertTrue(tagged.contains("snitflader") && tagged.contains("filtreres"), tagged);
        assertTrue(
                tagged.codePoints().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06), "no U+FB00–FB06 in the glyphs' text");
    }

    @Test
    void declaresTitleAndDanish() {
        var catalog = document.getDocumentCatalog();
        assertEquals("da", catalog.getLanguage());
        assertTrue(catalog.getViewerPreferences().displayDocTitle());
        assertTrue(catalog.getMarkInfo().isMarked());
        assertEquals(
                "Oversigt pr. 10/10 – FLIS driftsstatus",
                document.getDocumentInformation().getTitle());
        assertEquals(2025, document.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR));
    }

    @Test
    void bookmarksLeadToEachPage() throws IOException {
        List<String> bookmarks = new ArrayList<>();
        collect(document.getDocumentCatalog().getDocumentOutline().getFirstChild(), bookmarks);
        assertEquals(
                List.of(
                        "Oversigt pr. 10/10 → 1",
                        "Tværgående → 1",
                        "Skole/Dagtilbud → 1",
                        "Social/Sundhed → 2",
                        "Beskæftigelse → 2",
                        "Opdateringsfrekvens → 3"),
                bookmarks);
    }

    @Test
    void monthPageLinksThePdf() throws IOException {
        String html =
                Files.readString(SharedSites.real().site().path("site/rapporter/2025-10.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("href=\"../pdf/driftsstatus-2025-10.pdf\">Hent som PDF</a>"), html);
    }

    @Test
    void twoBuildsAreByteIdentical(@TempDir Path other) throws IOException {
        FixtureSite again = FixtureSite.realContent(other);
        assertEquals(0, again.run("build").exitCode());
        assertArrayEquals(pdf, Files.readAllBytes(again.path(PDF)));
    }

    private void collect(PDOutlineItem item, List<String> out) throws IOException {
        for (; item != null; item = item.getNextSibling()) {
            PDPageDestination destination = (PDPageDestination) item.getDestination();
            out.add(item.getTitle() + " → " + (document.getPages().indexOf(destination.getPage()) + 1));
            collect(item.getFirstChild(), out);
        }
    }

    private static String pageText(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).strip();
    }

    /** The slides' text (test resource seed/oktober-2025-slides.txt), split where each slide starts with its title. */
    static List<String> seedPages() {
        List<String> pages = new ArrayList<>();
        StringBuilder page = null;
        for (String line : SeedTranscription.slidesText().split("\\R")) {
            String stripped = line.strip();
            if (stripped.equals(TITLE) || stripped.equals("Opdateringsfrekvens")) {
                page = new StringBuilder();
                pages.add(null);
            }
            if (page != null) {
                page.append(line).append('\n');
                pages.set(pages.size() - 1, page.toString());
            }
        }
        return pages;
    }

    /**
     * The slides were wrapped by PowerPoint, the PDF by its own column widths: compare the letters in
     * order, ignoring where lines break (whitespace, soft hyphens) and the slide's "▪" bullets, which
     * the PDF draws as list markers rather than text.
     */
    static String letters(String text) {
        return text.replaceAll("[\\s\u00ad▪]", "");
    }

    /**
     * What the PDF adds to the slides, by design and from the same view as the HTML: the status in
     * front of each Drift text (status as text, not colour alone: read from its icon's alternate
     * text, and shown as a label before a note of the editor's, not before the status's own default
     * text, which the slides show alone) and "(1 måned forsinket – normalt Juni)" under a late month.
     * Labels are matched case-sensitively as whole phrases from site.json.
     */
    static String withoutStatusText(String text) {
        return text.replaceAll("\\(\\s*\\d+\\s*måned(?:er)?\\s*forsinket\\s*–\\s*normalt\\s*\\S+?\\s*\\)", "")
                .replaceAll("(Normal drift|Bemærk|Delvis drift|Forsinket|Lukket|Virker ikke|Ikke relevant) ", "");
    }
}
