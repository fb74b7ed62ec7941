package dk.flis.driftsstatus.render.pdf;

import dk.flis.driftsstatus.render.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Removes everything from a rendered PDF that would differ between two builds of the same content:
 * the wall-clock dates (Info and XMP, set to the report date), the JDK-specific rewrite of the
 * colour profile, and the time-based document ID (replaced by a hash of the document itself).
 */
final class ReproduciblePdf {
    /** A fixed sRGB profile; the JDK's own differs between versions (zlib licence, see sRGB.icc.LICENSE). */
    static final byte[] SRGB_PROFILE = PdfFonts.resource(ReproduciblePdf.class, "sRGB.icc");

    private static final int ID_BYTES = 16;
    private static final byte[] PLACEHOLDER_ID = new byte[ID_BYTES];
    private static final String PLACEHOLDER_HEX = "<" + "00".repeat(ID_BYTES) + ">";

    private ReproduciblePdf() {}

    /** Saves {@code document} with dates from {@code reportDate} and an ID derived from its content. */
    static byte[] save(PDDocument document, LocalDate reportDate) throws IOException {
        Calendar date = Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        date.setTimeInMillis(reportDate.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        rewriteXmpDates(document, date);
        restoreColourProfile(document);

        // COSWriter keeps a two-element /ID; a placeholder of known bytes is patched after saving.
        COSArray ids = new COSArray();
        ids.add(new COSString(PLACEHOLDER_ID, true));
        ids.add(new COSString(PLACEHOLDER_ID, true));
        document.getDocument().setDocumentID(ids);
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        document.save(out);
        return withContentId(out.toByteArray());
    }

    /** XMP must agree with the Info dictionary for PDF/A; openhtmltopdf copied the wall clock into it. */
    private static void rewriteXmpDates(PDDocument document, Calendar date) throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        try (InputStream in = metadata.exportXMPMetadata()) {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(in);
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic == null) {
                basic = xmp.createAndAddXMPBasicSchema();
            }
            basic.setCreateDate(date);
            basic.setModifyDate(date);
            ByteArrayOutputStream serialized = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, serialized, true);
            // xmpbox drops the xml: prefix of lang; openhtmltopdf applies the same fix-up.
            String text = serialized
                    .toString(StandardCharsets.UTF_8)
                    .replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
            metadata.importXMPMetadata(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("could not rewrite the XMP metadata: " + e.getMessage(), e);
        }
    }

    /** PDFBox passes the profile through java.awt's colour management, which rewrites its header per JDK. */
    private static void restoreColourProfile(PDDocument document) throws IOException {
        for (PDOutputIntent intent : document.getDocumentCatalog().getOutputIntents()) {
            COSStream profile = intent.getDestOutputIntent();
            if (profile != null) {
                try (OutputStream out = profile.createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(SRGB_PROFILE);
                }
            }
        }
    }

    /** Replaces the placeholder ID (same length, so no offset moves) with the hash of the saved bytes. */
    private static byte[] withContentId(byte[] pdf) {
        byte[] placeholder = PLACEHOLDER_HEX.getBytes(StandardCharsets.US_ASCII);
        String id = "<" + HexFormat.of().withUpperCase().formatHex(Arrays.copyOf(Sha256.of(pdf), ID_BYTES)) + ">";
        byte[] replacement = id.getBytes(StandardCharsets.US_ASCII);
        int patched = 0;
        for (int i = indexOf(pdf, placeholder, 0); i >= 0; i = indexOf(pdf, placeholder, i + placeholder.length)) {
            System.arraycopy(replacement, 0, pdf, i, replacement.length);
            patched++;
        }
        if (patched != 2) {
            throw new IllegalStateException("expected the two-part document ID once in the trailer, found " + patched);
        }
        return pdf;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
