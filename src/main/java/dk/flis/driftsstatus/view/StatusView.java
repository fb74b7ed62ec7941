package dk.flis.driftsstatus.view;

import dk.flis.driftsstatus.model.Status;

/** A status as shown: key (for CSS classes), Danish label, colour and icon. */
public record StatusView(String key, String label, String colour, String icon, boolean problem) {
    public static StatusView of(Status status) {
        return new StatusView(status.key(), status.label(), status.colour(), status.icon(), status.isProblem());
    }
}
