package dk.flis.driftsstatus.markdown;

/**
 * The Markdown text of a report or page as loaded, rendered when first asked for and then kept: a
 * loaded file that is reused unchanged (as {@code serve} does between rebuilds) is not rendered
 * again. Equal when the texts are equal.
 */
public final class MarkdownBody {
    private final String text;
    private volatile Markdown.Sections sections;
    private volatile Markdown.Rendered whole;

    /** A body of Markdown, not rendered yet. */
    public MarkdownBody(String text) {
        this.text = text;
    }

    /** The Markdown as written. */
    public String text() {
        return text;
    }

    /** A report body split at its level-2 headings ({@link Markdown#sections}). */
    public Markdown.Sections sections() {
        Markdown.Sections rendered = sections;
        if (rendered == null) {
            rendered = Markdown.instance().sections(text);
            sections = rendered;
        }
        return rendered;
    }

    /** A whole text, such as a free page, rendered ({@link Markdown#render}). */
    public Markdown.Rendered whole() {
        Markdown.Rendered rendered = whole;
        if (rendered == null) {
            rendered = Markdown.instance().render(text);
            whole = rendered;
        }
        return rendered;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MarkdownBody body && body.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "MarkdownBody[" + text.length() + " characters]";
    }
}
