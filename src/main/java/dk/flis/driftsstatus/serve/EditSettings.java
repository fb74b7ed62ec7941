package dk.flis.driftsstatus.serve;

/** What {@code serve}'s options say about editing in the browser: {@code --read-only}, {@code --allow-remote-edit}. */
public record EditSettings(boolean readOnly, boolean allowRemoteEdit) {
    /** Editing refused whatever the address: the preview only. */
    public static final EditSettings OFF = new EditSettings(true, false);

    /** The default: editing when serve listens on this computer only. */
    public static final EditSettings LOCAL = new EditSettings(false, false);

    public EditSettings {
        if (readOnly && allowRemoteEdit) {
            throw new IllegalArgumentException("--read-only and --allow-remote-edit exclude each other");
        }
    }
}
