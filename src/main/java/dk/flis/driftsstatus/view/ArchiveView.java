package dk.flis.driftsstatus.view;

import java.util.List;

/**
 * The archive page: every month by year, newest first, with its change count, the heatmap, and the
 * open data files (site-relative paths) for spreadsheets and other systems.
 */
public record ArchiveView(List<Year> years, HeatmapView heatmap, List<DataFile> dataFiles) {
    public ArchiveView {
        years = List.copyOf(years);
        dataFiles = List.copyOf(dataFiles);
    }

    /** A data file: its path, its name as shown ("driftsstatus.csv") and what it holds, in Danish. */
    public record DataFile(String path, String name, String description) {}

    /**
     * A year's heading ("2025", anchor {@code aar-2025}, which the year links lead to) and its months,
     * newest first.
     */
    public record Year(String year, String anchor, List<Month> months) {
        public Year {
            months = List.copyOf(months);
        }
    }

    /** A month in the list: "Oversigt pr. 10/10", "10. oktober 2025", its page and "3 ændringer". */
    public record Month(String title, String dateText, String path, String changeSummary) {}
}
