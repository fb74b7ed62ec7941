package dk.flis.driftsstatus.view;

import java.util.List;

/** A group heading row and its area rows. */
public record GroupView(String name, String anchor, List<RowView> rows) {
    public GroupView {
        rows = List.copyOf(rows);
    }
}
