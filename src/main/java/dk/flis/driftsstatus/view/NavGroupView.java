package dk.flis.driftsstatus.view;

import java.util.List;

/** A titled list of navigation links, e.g. one area group, or "Udgåede dataområder". */
public record NavGroupView(String name, List<LinkView> links) {
    public NavGroupView {
        links = List.copyOf(links);
    }
}
