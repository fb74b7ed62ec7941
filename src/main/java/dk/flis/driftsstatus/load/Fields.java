package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.diagnostic.Suggestions;
import dk.flis.driftsstatus.diagnostic.Text;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the fields of one object node, reporting every missing, mistyped or unknown key with its
 * position. Call {@link #rejectUnknownKeys()} last: keys never asked for are errors, never ignored.
 */
public final class Fields {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Node.MapNode node;
    private final Text what;
    private final Diagnostics diagnostics;
    private final Set<String> asked = new LinkedHashSet<>();

    /** The fields of {@code node}, called {@code what} (a {@code term.where.*} text) in messages. */
    public Fields(Node.MapNode node, Text what, Diagnostics diagnostics) {
        this.node = node;
        this.what = what;
        this.diagnostics = diagnostics;
    }

    /** Wraps a node that must be an object; reports it otherwise. */
    public static Optional<Fields> of(Node node, Text what, Diagnostics diagnostics) {
        if (node instanceof Node.MapNode map) {
            return Optional.of(new Fields(map, what, diagnostics));
        }
        Text hint = switch (what.key()) {
            case "term.where.area-settings" ->
                Text.of("not-an-object.hint.area-settings", what.args().get(0));
            case "term.where.report", "term.where.page" -> Text.of("not-an-object.hint.front-matter");
            default -> Text.of("not-an-object.hint");
        };
        diagnostics.error(node.at(), Text.of("not-an-object.message", what, node.kindName()), hint);
        return Optional.empty();
    }

    /** Where the object is written. */
    public SourcePosition at() {
        return node.at();
    }

    /** Whether the key is written (and is asked for, so it is not unknown). */
    public boolean has(String key) {
        asked.add(key);
        return node.values().containsKey(key);
    }

    /** Where the key is written, or the object itself when the key is missing. */
    public SourcePosition keyAt(String key) {
        return node.keys().getOrDefault(key, node.at());
    }

    /** Where the key's value is written, or the object itself when the key is missing. */
    public SourcePosition valueAt(String key) {
        Node value = node.values().get(key);
        return value == null ? node.at() : value.at();
    }

    /** The key's value, if written. */
    public Optional<Node> optional(String key) {
        asked.add(key);
        return Optional.ofNullable(node.values().get(key));
    }

    /** The key's value; reported when missing. */
    public Optional<Node> required(String key) {
        Optional<Node> value = optional(key);
        if (value.isEmpty()) {
            diagnostics.error(
                    node.at(),
                    Text.of("missing-key.message", what, key),
                    key.equals("date") ? Text.of("missing-key.hint.date") : Text.of("missing-key.hint", what, key));
        }
        return value;
    }

    /** The key's non-empty text; reported when missing or not a text. */
    public Optional<String> requiredText(String key) {
        return required(key).flatMap(n -> text(n, key, false));
    }

    /** The key's text, if written; reported when not a text. */
    public Optional<String> optionalText(String key) {
        return optional(key).flatMap(n -> text(n, key, true));
    }

    /** A text that may be empty, such as a base URL. */
    public Optional<String> requiredTextAllowEmpty(String key) {
        return required(key).flatMap(n -> text(n, key, true));
    }

    private Optional<String> text(Node value, String key, boolean emptyAllowed) {
        if (value instanceof Node.ScalarNode scalar && scalar.value() instanceof String s) {
            if (!emptyAllowed && s.isBlank()) {
                diagnostics.error(value.at(), "empty-text", key);
                return Optional.empty();
            }
            return Optional.of(s);
        }
        diagnostics.error(value.at(), "not-a-text", key, value.kindName());
        return Optional.empty();
    }

    /** The key's whole number from {@code min} to {@code max}; reported otherwise. */
    public Optional<Integer> requiredInt(String key, int min, int max) {
        return required(key).flatMap(value -> {
            if (value instanceof Node.ScalarNode scalar && scalar.value() instanceof Long n) {
                if (n < min || n > max) {
                    diagnostics.error(value.at(), "number-out-of-range", key, n, min, max);
                    return Optional.empty();
                }
                return Optional.of(n.intValue());
            }
            diagnostics.error(value.at(), "not-a-whole-number", key, value.kindName());
            return Optional.empty();
        });
    }

    /** The key's month (YYYY-MM), if written; reported when it is not a possible month. */
    public Optional<YearMonth> optionalYearMonth(String key) {
        return optional(key).flatMap(value -> yearMonth(value, key));
    }

    /** Parses "YYYY-MM", reporting impossible months such as 2025-13. */
    public Optional<YearMonth> yearMonth(Node value, String key) {
        Optional<String> text = text(value, key, false);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String s = text.get().strip();
        if (!YearMonths.looksLikeMonth(s)) {
            diagnostics.error(value.at(), "not-a-month", key, s);
            return Optional.empty();
        }
        Optional<YearMonth> month = YearMonths.parse(s);
        if (month.isEmpty()) {
            diagnostics.error(value.at(), "impossible-month", key, s);
        }
        return month;
    }

    /** Parses "YYYY-MM-DD", reporting impossible dates such as 2025-02-30. */
    public Optional<LocalDate> requiredDate(String key) {
        return required(key).flatMap(value -> {
            Optional<String> text = text(value, key, false);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            String s = text.get().strip();
            if (!DATE.matcher(s).matches()) {
                diagnostics.error(value.at(), "not-a-date", key, s);
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(s));
            } catch (DateTimeException e) {
                diagnostics.error(value.at(), "impossible-date", key, s);
                return Optional.empty();
            }
        });
    }

    /** The key's list, if written; reported when not a list. */
    public Optional<List<Node>> optionalList(String key) {
        return optional(key).flatMap(value -> list(value, key));
    }

    /** The key's list; reported when missing or not a list. */
    public Optional<List<Node>> requiredList(String key) {
        return required(key).flatMap(value -> list(value, key));
    }

    private Optional<List<Node>> list(Node value, String key) {
        if (value instanceof Node.ListNode list) {
            return Optional.of(list.items());
        }
        diagnostics.error(value.at(), "not-a-list", key, value.kindName());
        return Optional.empty();
    }

    /** Reports every key that no reader asked for, with a "did you mean" over the known ones. */
    public void rejectUnknownKeys() {
        for (var entry : node.keys().entrySet()) {
            String key = entry.getKey();
            if (!asked.contains(key) && !key.equals("$schema")) {
                diagnostics.error(
                        entry.getValue(),
                        Text.of("unknown-key.message", what, key),
                        Suggestions.didYouMean(key, asked));
            }
        }
    }
}
