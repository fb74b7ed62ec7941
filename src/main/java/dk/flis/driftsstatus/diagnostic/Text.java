package dk.flis.driftsstatus.diagnostic;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence from the message catalogue, not yet worded: a key and its arguments. The words come
 * later, in the site's language ({@link Catalogue#format(Text)}); an argument may itself be a Text.
 */
public record Text(String key, List<Object> args) {

    /** No text at all, e.g. a diagnostic without a hint. */
    public static final Text NONE = new Text("", List.of());

    public Text {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** The text under {@code key} with these arguments. */
    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** Whether this is {@link #NONE}. */
    public boolean isEmpty() {
        return key.isEmpty();
    }

    /** The words joined as "a, b or c" in whichever language the text is worded. */
    public static Object orList(List<?> words) {
        return joined(words, "list.last-or");
    }

    /** The words joined as "a, b and c" in whichever language the text is worded. */
    public static Object andList(List<?> words) {
        return joined(words, "list.last-and");
    }

    private static Object joined(List<?> words, String lastKey) {
        if (words.isEmpty()) {
            return "";
        }
        Object sofar = words.get(0);
        for (int i = 1; i < words.size(); i++) {
            sofar = of(i == words.size() - 1 ? lastKey : "list.pair", sofar, words.get(i));
        }
        return sofar;
    }
}
