package dk.flis.driftsstatus.markdown;

/**
 * Something in Markdown that is refused, e.g. a {@code javascript:} link; line and column are 1-based
 * in the text given.
 */
public record MarkdownProblem(int line, int column, String message, String hint) {}
