package dk.flis.driftsstatus.publish;

/** Why a build may not publish to its output (a folder not ours, another build holding it): a message and a hint. */
public final class OutputRefused extends Exception {
    private static final long serialVersionUID = 1L;
    private final String hint;

    /** A refusal with the reason and a hint for the user. */
    public OutputRefused(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    /** What the user can do instead. */
    public String hint() {
        return hint;
    }
}
