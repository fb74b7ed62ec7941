package dk.flis.driftsstatus.diagnostic;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …": the closest known word by edit distance, when it is close enough to be a typo. */
public final class Suggestions {
    private Suggestions() {}

    /** The known word closest to {@code typed}, when it is close enough to be a typo. */
    public static Optional<String> closest(String typed, Collection<String> known) {
        String wanted = typed.toLowerCase(Locale.ROOT).strip();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, wanted.length() / 3);
        if (bestDistance <= allowed) {
            return Optional.ofNullable(best);
        }
        // A shortened word ("delay" for "delayMonths") is a likely slip too.
        return wanted.length() >= 3
                ? known.stream()
                        .filter(k -> k.toLowerCase(Locale.ROOT).startsWith(wanted))
                        .findFirst()
                : Optional.empty();
    }

    /** A hint: "Mente du »x«?" or, failing that, the list of what is allowed. */
    public static Text didYouMean(String typed, Collection<String> known) {
        return closest(typed, known)
                .map(s -> Text.of("hint.did-you-mean", s))
                .orElseGet(() -> Text.of("hint.use-one-of", Text.orList(List.copyOf(known))));
    }

    /** Levenshtein distance, two rows at a time. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
