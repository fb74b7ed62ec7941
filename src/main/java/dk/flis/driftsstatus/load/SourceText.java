package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.markdown.ControlCharacters;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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

    private SourceText() {}

    /** The file's text, or empty when it is too large, not UTF-8, unreadable or holds control characters (reported). */
    public static Optional<String> read(Path path, String shownAs, Diagnostics diagnostics) {
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                // Checked before reading: an 80 MB file would otherwise exhaust the memory.
                diagnostics.error(
                        SourcePosition.of(shownAs),
                        String.format(
                                java.util.Locale.ROOT,
                                "the file is %.1f MB; a content file may be at most %d MB",
                                size / 1_048_576.0,
                                MAX_BYTES / 1_048_576),
                        "a month's report is a few kilobytes: check that this is the right file, "
                                + "or split the text");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            // A byte-order mark is invisible in editors; drop it rather than fail on it.
            String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
            return reportControlCharacters(withoutMark, shownAs, diagnostics)
                    ? Optional.empty()
                    : Optional.of(withoutMark);
        } catch (CharacterCodingException e) {
            diagnostics.error(
                    SourcePosition.of(shownAs),
                    "the file is not valid UTF-8",
                    "save it as UTF-8 (in most editors: File → Save with encoding → UTF-8)");
        } catch (IOException e) {
            diagnostics.error(
                    SourcePosition.of(shownAs),
                    "cannot read the file: " + e.getMessage(),
                    "check that it exists and is readable");
        }
        return Optional.empty();
    }

    /**
     * A text that is not read from disk (a form's), put through the same checks as a file: the size
     * limit and control characters; empty when it fails them (reported).
     */
    public static Optional<String> checked(String text, String shownAs, Diagnostics diagnostics) {
        if (text.length() > MAX_BYTES) {
            diagnostics.error(
                    SourcePosition.of(shownAs),
                    "the text is larger than " + MAX_BYTES / 1_048_576 + " MB",
                    "a month's report is a few kilobytes: shorten the text");
            return Optional.empty();
        }
        return reportControlCharacters(text, shownAs, diagnostics) ? Optional.empty() : Optional.of(text);
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
                        new SourcePosition(shownAs, line, column),
                        ControlCharacters.message(c),
                        ControlCharacters.HINT);
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
