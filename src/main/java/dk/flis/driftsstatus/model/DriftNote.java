package dk.flis.driftsstatus.model;

/**
 * An editor's note on how an area runs: the Markdown as written (for change detection), the HTML it
 * renders to, and the same as one line of plain text (for summaries and accessible labels).
 */
public record DriftNote(String markdown, String html, String plainText) {
    public DriftNote {
        markdown = markdown.strip();
    }
}
