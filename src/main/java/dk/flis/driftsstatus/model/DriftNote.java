package dk.flis.driftsstatus.model;

import java.util.Objects;

/**
 * An editor's note on how an area runs: the Markdown as written (for change detection and checks), the
 * HTML it renders to, and the same as one line of plain text (for summaries and accessible labels).
 * The two renderings are made when first asked for ({@link RenderedText}). Equal when all three are.
 */
public final class DriftNote {
    private final String markdown;
    private final RenderedText html;
    private final RenderedText plainText;

    /** A note already rendered. */
    public DriftNote(String markdown, String html, String plainText) {
        this(markdown, RenderedText.of(html), RenderedText.of(plainText));
    }

    /** A note whose renderings are made when first asked for. */
    public DriftNote(String markdown, RenderedText html, RenderedText plainText) {
        this.markdown = markdown.strip();
        this.html = Objects.requireNonNull(html, "html");
        this.plainText = Objects.requireNonNull(plainText, "plainText");
    }

    /** The Markdown as written, without surrounding blank space. */
    public String markdown() {
        return markdown;
    }

    /** The note rendered to safe HTML. */
    public String html() {
        return html.text();
    }

    /** The note's text on one line. */
    public String plainText() {
        return plainText.text();
    }

    @Override
    public boolean equals(Object other) {
        return other == this
                || other instanceof DriftNote note
                        && note.markdown.equals(markdown)
                        && note.html.equals(html)
                        && note.plainText.equals(plainText);
    }

    /** From the Markdown alone, so that hashing a note never renders it. */
    @Override
    public int hashCode() {
        return markdown.hashCode();
    }

    @Override
    public String toString() {
        return "DriftNote[markdown=" + markdown + ", html=" + html + ", plainText=" + plainText + "]";
    }
}
