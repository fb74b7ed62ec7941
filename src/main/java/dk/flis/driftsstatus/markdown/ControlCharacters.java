package dk.flis.driftsstatus.markdown;

import dk.flis.driftsstatus.diagnostic.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Control characters have no place in an editor's text: they are invisible in editors, invalid in
 * HTML and XML (feed.xml would not be well-formed) and in PDFs. Tab, line feed and carriage return
 * are the only ones allowed; U+0000–U+001F otherwise, U+007F and U+0080–U+009F are errors, whether
 * typed, escaped in JSON or YAML ({@code \u0001}, {@code \x01}) or written as a Markdown entity
 * ({@code &#1;}).
 */
public final class ControlCharacters {
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,9}));");

    private ControlCharacters() {}

    /** Whether {@code c} is a control character other than tab, line feed and carriage return. */
    public static boolean isForbidden(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /** The first forbidden character's index in {@code text}, or -1. */
    public static int indexOfForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isForbidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The character's code as four hex digits, e.g. "0001", as the {@code control-character} message shows it. */
    public static String hex(int c) {
        return String.format(Locale.ROOT, "%04X", c);
    }

    /** Numeric entities in Markdown that stand for a forbidden character, at their line and column. */
    static List<MarkdownProblem> entityProblems(String text) {
        List<MarkdownProblem> problems = new ArrayList<>();
        Matcher m = NUMERIC_ENTITY.matcher(text);
        LineIndex lines = null;
        while (m.find()) {
            long value = m.group(1) != null ? Long.parseLong(m.group(1), 16) : Long.parseLong(m.group(2));
            if (value <= 0x9F && isForbidden((int) value)) {
                lines = lines == null ? new LineIndex(text) : lines;
                problems.add(new MarkdownProblem(
                        lines.line(m.start()),
                        lines.column(m.start()),
                        Text.of("control-character.message.entity", hex((int) value), m.group()),
                        Text.of("control-character.hint.entity", hex((int) value), m.group())));
            }
        }
        return problems;
    }
}
