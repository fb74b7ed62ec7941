package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.diagnostic.Text;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The two slips behind most front-matter syntax errors, found in the text itself so that the message
 * names them at their own place: a tab (SnakeYAML reports the line above, and never says "tab"), and
 * a brace, bracket or quote left open on its line (SnakeYAML reports where it gave up, often the next line).
 */
final class YamlSlips {
    /** What was found: where it is, and its message and hint. */
    record Slip(SourcePosition at, Text message, Text hint) {}

    private YamlSlips() {}

    /**
     * The slip that explains a failed parse of {@code text} (front matter starting {@code lineOffset}
     * lines into {@code file}), given where the parser stopped; empty when none is found.
     */
    static Optional<Slip> find(String file, String text, int lineOffset, SourcePosition stopped) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int tab = lines[i].indexOf('\t');
            if (tab >= 0) {
                SourcePosition at = new SourcePosition(file, i + 1 + lineOffset, tab + 1);
                return Optional.of(new Slip(at, Text.of("yaml-tab.message"), Text.of("yaml-tab.hint")));
            }
        }
        for (int i = 0; i < lines.length; i++) {
            Optional<Slip> open =
                    unclosedOnLine(file, lines[i], i + 1 + lineOffset, stopped, lines.length + lineOffset + 1);
            if (open.isPresent()) {
                return open;
            }
        }
        return Optional.empty();
    }

    /** A quote, brace or bracket opened on the line and not closed by its end (comments ignored). */
    private static Optional<Slip> unclosedOnLine(
            String file, String line, int lineNumber, SourcePosition stopped, int settingsEnd) {
        if (lineNumber > Math.max(stopped.line(), 1)) {
            return Optional.empty(); // a slip after the place the parser stopped cannot be its cause
        }
        Deque<Integer> openers = new ArrayDeque<>();
        char quote = 0;
        int quoteAt = -1;
        for (int c = 0; c < line.length(); c++) {
            char ch = line.charAt(c);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '#' && (c == 0 || Character.isWhitespace(line.charAt(c - 1)))) {
                break;
            } else if ((ch == '"' || ch == '\'') && startsValue(line, c, !openers.isEmpty())) {
                quote = ch;
                quoteAt = c;
            } else if (ch == '{' || ch == '[') {
                openers.push(c);
            } else if ((ch == '}' || ch == ']') && !openers.isEmpty()) {
                openers.pop();
            }
        }
        int opened = quote != 0 ? quoteAt : openers.isEmpty() ? 0 : openers.peekLast();
        boolean stoppedBefore =
                stopped.line() < lineNumber || stopped.line() == lineNumber && stopped.column() <= opened;
        // SnakeYAML may name where the open value began; the reader then ran on to the end of the settings.
        Object stopLine = stoppedBefore ? settingsEnd : stopped.line();
        Object stopColumn = stoppedBefore ? 1 : Math.max(1, stopped.column());
        if (quote != 0) {
            String shown = "»" + quote + "«";
            return Optional.of(new Slip(
                    new SourcePosition(file, lineNumber, quoteAt + 1),
                    Text.of("unclosed-quote.message", shown, stopLine, stopColumn),
                    Text.of("unclosed-quote.hint", shown, stopLine, stopColumn)));
        }
        if (!openers.isEmpty()) {
            int at = openers.peekLast();
            String code = line.charAt(at) == '{' ? "unclosed-brace" : "unclosed-bracket";
            return Optional.of(new Slip(
                    new SourcePosition(file, lineNumber, at + 1),
                    Text.of(code + ".message", stopLine, stopColumn),
                    Text.of(code + ".hint", stopLine, stopColumn)));
        }
        return Optional.empty();
    }

    /** A quote starts a quoted value only where a value starts: after "key:", a flow separator or the line start. */
    private static boolean startsValue(String line, int index, boolean inFlow) {
        String before = line.substring(0, index).stripTrailing();
        return before.isEmpty()
                || before.endsWith(":")
                || before.endsWith("-")
                || inFlow && (before.endsWith("{") || before.endsWith("[") || before.endsWith(","));
    }
}
