package dk.flis.driftsstatus;

/**
 * How hard the slow tests try. By default each keeps its guarantee with the least work that shows
 * it (a few SIGKILL moments, a big but not huge input); {@code mvn test -Pexhaustive}, which CI
 * runs, sets {@code driftsstatus.exhaustive} and they go the whole way.
 */
public final class Exhaustive {
    /** The tag of every test class that has an exhaustive variant, so CI can run just those again. */
    public static final String TAG = "exhaustive";

    private Exhaustive() {}

    /** Whether this run is the exhaustive one ({@code -Pexhaustive}). */
    public static boolean enabled() {
        return Boolean.getBoolean("driftsstatus.exhaustive");
    }

    /** {@code -Dproperty=N} when given, else the exhaustive or the quick figure. */
    public static int count(String property, int quick, int exhaustive) {
        return Integer.getInteger(property, enabled() ? exhaustive : quick);
    }
}
