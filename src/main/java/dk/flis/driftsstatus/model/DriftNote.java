package dk.flis.driftsstatus.model;

/**
 * An editor's note on how an area runs: the Markdown as written (for change detection and plain
 * text) and the HTML it renders to.
 */
public record DriftNote(String markdown, String html) {
    public DriftNote {
        markdown = markdown.strip();
    }

    /** The note as one line of plain text, for summaries and accessible labels. */
    public String plainText() {
        return org.jsoup.Jsoup.parse(html).text();
    }
}
