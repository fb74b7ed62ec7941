package dk.flis.driftsstatus.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The PDF's only fonts: DejaVu Sans in four faces, read once from the jasperreports-fonts jar. Each
 * render thread parses them once and every document it renders embeds its subset from those parsed
 * fonts: parsing them per document cost an eighth of the render threads' time and most of the garbage
 * of a 120-PDF build (#16). A parsed font is not safe to share between threads, and the PDF font object
 * made from it belongs to one document, so each document gets its own, made when first used.
 */
final class PdfFonts {
    static final String FAMILY = "DejaVu Sans";
    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    private static final byte[] OBLIQUE = read("DejaVuSans-Oblique.ttf");
    private static final byte[] BOLD_OBLIQUE = read("DejaVuSans-BoldOblique.ttf");

    /** This thread's parsed faces, in the order of {@link #register}; parsed when first needed. */
    private static final ThreadLocal<TrueTypeFont[]> PARSED = ThreadLocal.withInitial(() -> new TrueTypeFont[4]);

    private PdfFonts() {}

    /**
     * Registers every face for rendering into {@code document}; in PDF/A and PDF/UA mode openhtmltopdf
     * has no built-in fonts to fall back on.
     */
    static void register(PdfRendererBuilder builder, PDDocument document) {
        builder.usePDDocument(document);
        builder.useFont(new Face(document, 0, REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(new Face(document, 1, BOLD), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(new Face(document, 2, OBLIQUE), FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(new Face(document, 3, BOLD_OBLIQUE), FAMILY, 700, FontStyle.ITALIC, true);
    }

    /** One face of one document: embedded as a subset of this thread's parsed font, only if it is used. */
    private static final class Face extends PDFontSupplier {
        private final PDDocument document;
        private final int index;
        private final byte[] file;
        private PDFont font;

        Face(PDDocument document, int index, byte[] file) {
            super(null);
            this.document = document;
            this.index = index;
            this.file = file;
        }

        @Override
        public PDFont supply() {
            try {
                if (font == null) {
                    TrueTypeFont[] parsed = PARSED.get();
                    if (parsed[index] == null) {
                        parsed[index] = new TTFParser().parse(new RandomAccessReadBuffer(file));
                    }
                    // Not closed with the document: the parsed font stays with the thread for its next one.
                    font = PDType0Font.load(document, parsed[index], true);
                }
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static byte[] resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String file) {
        return withoutLigatures(resource(PdfFonts.class, FOLDER + file));
    }

    /**
     * Hides the font's GSUB table. PDFBox 3 applies its "liga" feature, drawing "fl" and "fi" as
     * single glyphs that copy, search and read aloud as U+FB02 / U+FB01 instead of two letters; and
     * openhtmltopdf measures lines without ligatures. Renaming the table's tag in the directory makes
     * PDFBox ignore it; the embedded subset never contains GSUB anyway.
     */
    static byte[] withoutLigatures(byte[] font) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (font[entry] == 'G' && font[entry + 1] == 'S' && font[entry + 2] == 'U' && font[entry + 3] == 'B') {
                font[entry] = 'x';
            }
        }
        return font;
    }
}
