package dk.flis.driftsstatus.history;

import dk.flis.driftsstatus.model.Area;
import dk.flis.driftsstatus.model.AreaEntry;
import java.util.List;
import java.util.Objects;

/**
 * How one area differs between two consecutive reports. {@code before} is null for an area
 * {@link ChangeKind#ADDED added} this month, {@code after} null for one {@link ChangeKind#REMOVED
 * removed}; otherwise both are set. {@code kinds} is never empty and in the enum's order.
 */
public record AreaChange(Area area, List<ChangeKind> kinds, AreaEntry before, AreaEntry after) {
    public AreaChange {
        Objects.requireNonNull(area, "area");
        kinds = List.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("an AreaChange needs at least one kind");
        }
        if (before == null && after == null) {
            throw new IllegalArgumentException("an AreaChange needs before or after");
        }
    }

    /** Whether the area changed in this way. */
    public boolean has(ChangeKind kind) {
        return kinds.contains(kind);
    }
}
