package dk.flis.driftsstatus.view;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns Danish names into ASCII fragment ids: "Skole/Dagtilbud" → "skole-dagtilbud", "Tværgående" →
 * "tvaergaaende".
 */
final class Slugs {
    private Slugs() {}

    static String of(String name) {
        String s = name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "oe")
                .replace("å", "aa");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "x" : s;
    }
}
