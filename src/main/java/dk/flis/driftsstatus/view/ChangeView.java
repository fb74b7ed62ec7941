package dk.flis.driftsstatus.view;

import java.util.List;

/**
 * One line of "Ændringer siden 10/9": the area, where to read more ({@code anchor} on the report
 * page when the area is in it, else empty; {@code areaHref} site-relative), what changed as short
 * Danish phrases, and the whole line as one sentence for the feed and accessible labels.
 */
public record ChangeView(String areaName, String anchor, String areaHref, List<String> texts, String summary) {
    public ChangeView {
        texts = List.copyOf(texts);
    }
}
