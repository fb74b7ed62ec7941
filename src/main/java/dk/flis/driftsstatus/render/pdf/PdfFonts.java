package dk.flis.driftsstatus.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The PDF's only fonts: DejaVu Sans in four faces, read once from the jasperreports-fonts jar and
 * shared read-only by every render. Each document still parses and subsets its own copy, because
 * PDFBox font objects belong to one document and are not safe to share between threads.
 */
final class PdfFonts {
    static final String FAMILY = "DejaVu Sans";
    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    private static final byte[] OBLIQUE = read("DejaVuSans-Oblique.ttf");
    private static final byte[] BOLD_OBLIQUE = read("DejaVuSans-BoldOblique.ttf");

    private PdfFonts() {}

    /** Registers every face; in PDF/A and PDF/UA mode openhtmltopdf has no built-in fonts to fall back on. */
    static void register(PdfRendererBuilder builder) {
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(OBLIQUE), FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD_OBLIQUE), FAMILY, 700, FontStyle.ITALIC, true);
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
