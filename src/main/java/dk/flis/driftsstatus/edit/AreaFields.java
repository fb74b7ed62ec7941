package dk.flis.driftsstatus.edit;

import dk.flis.driftsstatus.model.Area;
import java.util.Objects;

/** One area's controls in the form: status key, data-through choice and the note's Markdown ("" = no note). */
public record AreaFields(Area area, String status, DataThrough dataThrough, String note) {
    public AreaFields {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dataThrough, "dataThrough");
        note = Text.normal(note);
    }

    /** Whether the editor wrote a note. */
    public boolean hasNote() {
        return !note.isEmpty();
    }
}
