package dk.flis.driftsstatus.model;

/**
 * An editor's note on how an area runs: the Markdown as written (for change detection), the HTML it
 * renders to, and the same as one line of plain text (for summaries and accessible labels).
 */
public record DriftNote(String markdown, String html, String plainText) {
    public DriftNote {
        markdown = markdown.strip();
    }

    /** A note whose plain text is taken from its HTML, once, rather than every time a page shows it. */
    public DriftNote(String markdown, String html) {
        this(markdown, html, org.jsoup.Jsoup.parse(html).text());
    }
}
