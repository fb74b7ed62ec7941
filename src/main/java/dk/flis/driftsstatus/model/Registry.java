package dk.flis.driftsstatus.model;

import java.util.List;

/** All areas from {@code content/areas.json}, in groups, in the order the slides show them. */
public record Registry(List<AreaGroup> groups) {
    public Registry {
        groups = List.copyOf(groups);
    }

    /** Every area, group by group, in slide order. */
    public List<Area> areas() {
        return groups.stream().flatMap(g -> g.areas().stream()).toList();
    }
}
