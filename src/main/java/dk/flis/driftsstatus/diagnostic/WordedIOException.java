package dk.flis.driftsstatus.diagnostic;

import java.io.IOException;

/** A file problem that the program itself refused, with its reason as a catalogue text for the editor. */
public final class WordedIOException extends IOException {
    private final transient Text text;

    /** A refusal worded by {@code text}; the English exception message is for stack traces only. */
    public WordedIOException(Text text) {
        super(Catalogue.of("en").format(text));
        this.text = text;
    }

    /** The reason as a catalogue text. */
    public Text text() {
        return text;
    }
}
