package dk.flis.driftsstatus.publish;

import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.Text;

/** Why a build may not publish to its output (a folder not ours, another build holding it): a message and a hint. */
public final class OutputRefused extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Text message;
    private final transient Text hint;

    /** A refusal with the reason and a hint for the user, as catalogue texts. */
    public OutputRefused(Text message, Text hint) {
        super(Catalogue.of("en").format(message));
        this.message = message;
        this.hint = hint;
    }

    /** A refusal with the catalogue's {@code code.message} and {@code code.hint}, both with {@code args}. */
    public static OutputRefused of(String code, Object... args) {
        return new OutputRefused(Text.of(code + ".message", args), Text.of(code + ".hint", args));
    }

    /** Why, as a catalogue text. */
    public Text text() {
        return message;
    }

    /** What the user can do instead. */
    public Text hint() {
        return hint;
    }
}
