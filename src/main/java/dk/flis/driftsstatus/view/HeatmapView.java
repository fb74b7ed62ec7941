package dk.flis.driftsstatus.view;

import java.util.List;

/**
 * The archive's grid of areas × months, oldest month first so time runs left to right. Each cell
 * carries its status colour and, for screen readers and without colour, its full text.
 */
public record HeatmapView(List<Column> columns, List<Row> rows, List<StatusView> legend) {
    public HeatmapView {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        legend = List.copyOf(legend);
    }

    /** A month: "Okt" over "2025", and the month's report page. */
    public record Column(String label, String year, String fullLabel, String path) {
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
    public record Cell(boolean active, StatusView status, String href, String text) {
    }
}
