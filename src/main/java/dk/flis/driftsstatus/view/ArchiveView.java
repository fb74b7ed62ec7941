package dk.flis.driftsstatus.view;

import java.util.List;

/** The archive page: every month newest first, with its change count, and the heatmap. */
public record ArchiveView(List<Month> months, HeatmapView heatmap) {
    public ArchiveView {
        months = List.copyOf(months);
    }

    /** A month in the list: "Oversigt pr. 10/10", "10. oktober 2025", its page and "3 ændringer". */
    public record Month(String title, String dateText, String path, String changeSummary) {
    }
}
