package dk.flis.driftsstatus.markdown;

import dk.flis.driftsstatus.diagnostic.Text;

/**
 * Something in Markdown that is refused, e.g. a {@code javascript:} link; line and column are 1-based
 * in the text given.
 */
public record MarkdownProblem(int line, int column, Text message, Text hint) {}
