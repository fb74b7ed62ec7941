package dk.flis.driftsstatus.load;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Months as editors and the command line write them, "YYYY-MM" (report file names, data-through,
 * since/until, {@code new} and {@code mail}), read one way everywhere.
 */
public final class YearMonths {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}");

    private YearMonths() {}

    /** Whether {@code text} has the shape of a month, four digits, a hyphen and two digits, possible or not. */
    public static boolean looksLikeMonth(String text) {
        return SHAPE.matcher(text).matches();
    }

    /** The month {@code text} names, or empty when it is not written YYYY-MM or names no month (2025-13). */
    public static Optional<YearMonth> parse(String text) {
        if (!looksLikeMonth(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
