package dk.flis.driftsstatus.model;

import java.util.function.Supplier;

/**
 * A text rendered from an editor's Markdown (a note's HTML or plain text), rendered only when first
 * asked for: {@code check} reads the Markdown of every note but shows none of their HTML, and rendering
 * it was a third of its time. The source keeps what it rendered. Equal when the texts are equal.
 */
public final class RenderedText {
    private final Supplier<String> source;

    private RenderedText(Supplier<String> source) {
        this.source = source;
    }

    /** A text already rendered. */
    public static RenderedText of(String text) {
        String known = text == null ? "" : text;
        return new RenderedText(() -> known);
    }

    /** A text that {@code source} renders when asked for; it must give the same text every time. */
    public static RenderedText later(Supplier<String> source) {
        return new RenderedText(source);
    }

    /** The text, rendered now if it was not yet. */
    public String text() {
        return source.get();
    }

    @Override
    public boolean equals(Object other) {
        return other == this
                || other instanceof RenderedText rendered && rendered.text().equals(text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
