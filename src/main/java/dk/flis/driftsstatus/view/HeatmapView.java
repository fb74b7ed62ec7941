package dk.flis.driftsstatus.view;

import java.util.List;

/**
 * The archive's grid of areas × months, newest month first, so the months readers care about most
 * are in view when the page opens and going back in time is scrolling on. Months are headed by
 * their year, rows are grouped as in the report table, and each cell carries its status colour
 * and, for screen readers and without colour, its full text.
 */
public record HeatmapView(List<YearSpan> years, List<Column> columns, List<Group> groups, List<StatusView> legend) {
    public HeatmapView {
        years = List.copyOf(years);
        columns = List.copyOf(columns);
        groups = List.copyOf(groups);
        legend = List.copyOf(legend);
    }

    /** A year over its months' columns: "2025" over 10 months. */
    public record YearSpan(String year, int months) {}

    /** A month: "Okt" over "2025", and the month's report page. */
    public record Column(String label, String year, String fullLabel, String path) {}

    /** A registry group's heading row ("Tværgående") and its areas' rows, in registry order. */
    public record Group(String name, List<Row> rows) {
        public Group {
            rows = List.copyOf(rows);
        }
    }

    /** An area's row; {@code removed} marks an area no longer reported. */
    public record Row(String name, String areaHref, boolean removed, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One area in one month. An inactive cell (the area was not in that report) has no status and
     * no link; an active one links to the row ({@code href}) and says "Okt 2025: Delvis drift – …".
     */
    public record Cell(boolean active, StatusView status, String href, String text) {}
}
