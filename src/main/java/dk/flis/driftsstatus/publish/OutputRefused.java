package dk.flis.driftsstatus.publish;

/** Why a build may not publish to its output (a folder not ours, another build holding it): a message and a hint. */
public final class OutputRefused extends Exception {
    private static final long serialVersionUID = 1L;
    private final String hint;

    public OutputRefused(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
