package dk.flis.driftsstatus.model;

import java.util.List;

/** A heading row of the table ("Tværgående", "Skole/Dagtilbud", …) and its areas in slide order. */
public record AreaGroup(String name, List<Area> areas) {
    public AreaGroup {
        areas = List.copyOf(areas);
    }
}
