package dk.flis.driftsstatus.view;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns Danish names into ASCII fragment ids: "Skole/Dagtilbud" → "skole-dagtilbud", "Tværgående" →
 * "tvaergaaende".
 */
final class Slugs {
    // Compiled once: every group of every report view, HTML and PDF, is slugged.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHEN = Pattern.compile("(^-|-$)");

    private Slugs() {}

    static String of(String name) {
        String s = name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "oe")
                .replace("å", "aa");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = EDGE_HYPHEN.matcher(NOT_ALPHANUMERIC.matcher(s).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "x" : s;
    }
}
