package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads an editor's file as strict UTF-8, so a file saved in another encoding is reported, not garbled. */
public final class SourceText {
    private SourceText() {
    }

    public static Optional<String> read(Path path, String shownAs, Diagnostics diagnostics) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            // A byte-order mark is invisible in editors; drop it rather than fail on it.
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            diagnostics.error(SourcePosition.of(shownAs), "the file is not valid UTF-8",
                    "save it as UTF-8 (in most editors: File → Save with encoding → UTF-8)");
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(shownAs), "cannot read the file: " + e.getMessage(),
                    "check that it exists and is readable");
        }
        return Optional.empty();
    }
}
