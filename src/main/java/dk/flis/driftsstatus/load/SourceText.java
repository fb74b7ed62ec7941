package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.IoProblems;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.markdown.ControlCharacters;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads an editor's file as strict UTF-8, so a file saved in another encoding is reported, not
 * garbled; a control character anywhere in it is an error at its position.
 */
public final class SourceText {
    /** The largest content file read: 10 MB, a thousand times a real month's report. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final int MAX_REPORTED = 10;
    /** What a Windows-1252 byte becomes in a Danish text: its letters and typographic signs. */
    private static final String WINDOWS_1252_SIGNS = "æøåÆØÅéÉüÜöÖäÄ–—»«“”‘’„…•";

    private SourceText() {}

    /** The file's text, or empty when it is too large, not UTF-8, unreadable or holds control characters (reported). */
    public static Optional<String> read(Path path, String shownAs, Diagnostics diagnostics) {
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                // Checked before reading: an 80 MB file would otherwise exhaust the memory.
                diagnostics.error(
                        SourcePosition.of(shownAs), "file-too-large", size / 1_048_576.0, MAX_BYTES / 1_048_576);
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            String text;
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                reportNotUtf8(bytes, shownAs, diagnostics);
                return Optional.empty();
            }
            // A byte-order mark is invisible in editors; drop it rather than fail on it.
            String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
            return reportControlCharacters(withoutMark, shownAs, diagnostics)
                    ? Optional.empty()
                    : Optional.of(withoutMark);
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(shownAs), "file-unreadable", IoProblems.describe(e));
        }
        return Optional.empty();
    }

    /**
     * A text that is not read from disk (a form's), put through the same checks as a file: the size
     * limit and control characters; empty when it fails them (reported).
     */
    public static Optional<String> checked(String text, String shownAs, Diagnostics diagnostics) {
        long size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_BYTES) {
            diagnostics.error(SourcePosition.of(shownAs), "file-too-large", size / 1_048_576.0, MAX_BYTES / 1_048_576);
            return Optional.empty();
        }
        return reportControlCharacters(text, shownAs, diagnostics) ? Optional.empty() : Optional.of(text);
    }

    /**
     * Says where the first byte that is not UTF-8 is, and, when the file reads as Windows-1252 ("ANSI",
     * as Notepad and older Office save) with a Danish letter there, that this is what happened.
     */
    private static void reportNotUtf8(byte[] bytes, String shownAs, Diagnostics diagnostics) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = utf8.decode(in, out, true);
        int bad = result.isError() ? in.position() : 0;
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        int column = (int) before.chars()
                        .filter(c -> !Character.isLowSurrogate((char) c))
                        .count()
                + 1;
        SourcePosition at = new SourcePosition(shownAs, line, column);
        String asAnsi = new String(bytes, bad, 1, Charset.forName("windows-1252"));
        if (WINDOWS_1252_SIGNS.contains(asAnsi)) {
            diagnostics.error(at, "not-utf8-windows-1252", asAnsi);
        } else {
            diagnostics.error(at, "not-utf8");
        }
    }

    /** Reports each control character (up to {@value #MAX_REPORTED}) at its line and column; true if there was one. */
    private static boolean reportControlCharacters(String text, String shownAs, Diagnostics diagnostics) {
        if (ControlCharacters.indexOfForbidden(text) < 0) {
            return false;
        }
        int line = 1;
        int column = 1;
        int reported = 0;
        for (int i = 0; i < text.length() && reported < MAX_REPORTED; i++) {
            char c = text.charAt(i);
            if (ControlCharacters.isForbidden(c)) {
                diagnostics.error(
                        new SourcePosition(shownAs, line, column), "control-character", ControlCharacters.hex(c));
                reported++;
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return true;
    }
}
