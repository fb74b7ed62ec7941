package dk.flis.driftsstatus.markdown;

import java.util.Arrays;

/**
 * Line and column of any offset in a text, in logarithmic time: the line starts are found once.
 * (flexmark's own {@code getStartLineNumber} rescans the text from its start on every call, which
 * made a report with thousands of headings take quadratic time.)
 */
final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, count);
    }

    /** The 1-based line of {@code offset}. */
    int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, clamp(offset));
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The 1-based column of {@code offset}, counted in characters as editors show them (code points). */
    int column(int offset) {
        int safe = clamp(offset);
        return text.codePointCount(lineStarts[line(safe) - 1], safe) + 1;
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
